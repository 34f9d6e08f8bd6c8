package taipan.frontend.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import taipan.frontend.ast.Arguments;
import taipan.frontend.ast.Expr;
import taipan.frontend.ast.Mod;
import taipan.frontend.ast.Operators.ExprContext;
import taipan.frontend.ast.Span;
import taipan.frontend.ast.Stmt;
import taipan.frontend.ast.TypeParam;
import taipan.frontend.parse.Mode;
import taipan.frontend.parse.Parser;
import taipan.frontend.parse.PythonSyntaxError;

/** What the translator reads from {@link ScopeInfo}: lookups by node identity, cells, flags, inlining. */
class ScopeApiTest {

    private static ScopeInfo analyze(String src) {
        return ScopeAnalyzer.analyze(Parser.parse(src, "t.py", Mode.EXEC), "t.py", src);
    }

    private static List<Stmt> body(String src, ScopeInfo[] out) {
        Mod.Module m = (Mod.Module) Parser.parse(src, "t.py", Mode.EXEC);
        out[0] = ScopeAnalyzer.analyze(m, "t.py", src);
        return m.body();
    }

    @Test
    void equalNodesGetDistinctScopes() {
        Span sp = new Span(1, 0, 1, 9);
        Arguments none = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
        Expr.Lambda a = new Expr.Lambda(sp, none, new Expr.Name(sp, "x", ExprContext.Load));
        Expr.Lambda b = new Expr.Lambda(sp, none, new Expr.Name(sp, "x", ExprContext.Load));
        assertEquals(a, b);
        Mod.Module m = new Mod.Module(List.of(new Stmt.ExprStmt(sp, a), new Stmt.ExprStmt(sp, b)), List.of());
        ScopeInfo info = ScopeAnalyzer.analyze(m, "t.py", "lambda: x\n");
        assertNotNull(info.scopeOf(a));
        assertNotSame(info.scopeOf(a), info.scopeOf(b));
        assertEquals(2, info.module().children().size());
    }

    @Test
    void superCreatesClassCell() {
        ScopeInfo[] info = new ScopeInfo[1];
        List<Stmt> body = body("class C:\n    def m(self):\n        return super().m()\n", info);
        Stmt.ClassDef cls = (Stmt.ClassDef) body.get(0);
        Scope c = info[0].scopeOf(cls);
        assertTrue(c.needsClassClosure());
        assertEquals(List.of("__class__"), c.cellvars());
        Scope m = info[0].scopeOf(cls.body().get(0));
        assertEquals(List.of("__class__"), m.freevars());
        assertEquals(NameScope.GLOBAL_IMPLICIT, m.scope("super"));
        assertEquals(List.of("self"), m.locals());
    }

    @Test
    void capturedLocalBecomesCell() {
        ScopeInfo[] info = new ScopeInfo[1];
        List<Stmt> body = body("def f(a):\n    b = 1\n    def g():\n        return a + b\n    return g\n", info);
        Scope f = info[0].scopeOf(body.get(0));
        assertEquals(List.of("a", "b"), f.cellvars());
        assertEquals(List.of("a", "g"), f.locals());
        assertEquals(NameScope.CELL, f.scope("b"));
        Scope g = f.children().get(0);
        assertEquals(List.of("a", "b"), g.freevars());
        assertEquals(f, g.parent());
        assertEquals(info[0].module(), f.parent());
        assertNull(info[0].module().parent());
        assertTrue(g.isNested());
    }

    @Test
    void comprehensionsAreInlinedButKeepTheirScope() {
        ScopeInfo[] info = new ScopeInfo[1];
        List<Stmt> body = body("class C:\n    ys = [x for x in range(3)]\n", info);
        Stmt.ClassDef cls = (Stmt.ClassDef) body.get(0);
        Expr comp = ((Stmt.Assign) cls.body().get(0)).value();
        Scope s = info[0].scopeOf(comp);
        assertTrue(s.isComprehensionInlined());
        assertEquals(ComprehensionType.LIST, s.comprehensionType());
        assertEquals(List.of(".0", "x"), s.isolatedNames());
        Scope c = info[0].scopeOf(cls);
        assertEquals(List.of(s), c.inlinedComprehensions());
        assertEquals(List.of(".0", "x"), c.locals());
        assertFalse(c.children().contains(s));
    }

    @Test
    void generatorsAndCoroutines() {
        ScopeInfo[] info = new ScopeInfo[1];
        List<Stmt> body = body("def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\n",
                        info);
        assertTrue(info[0].scopeOf(body.get(0)).isGenerator());
        assertFalse(info[0].scopeOf(body.get(0)).isCoroutine());
        assertTrue(info[0].scopeOf(body.get(1)).isCoroutine());
        assertTrue(info[0].scopeOf(body.get(2)).isCoroutine() && info[0].scopeOf(body.get(2)).isGenerator());
    }

    @Test
    void typeParameterScopes() {
        ScopeInfo[] info = new ScopeInfo[1];
        List<Stmt> body = body("class K:\n    def f[T: int = str](self) -> T:\n        pass\n", info);
        Stmt.FunctionDef f = (Stmt.FunctionDef) ((Stmt.ClassDef) body.get(0)).body().get(0);
        Scope params = info[0].scopeOf(f.typeParams());
        assertEquals(BlockType.TYPE_PARAMETERS, params.type());
        assertTrue(params.canSeeClassScope());
        TypeParam t = f.typeParams().get(0);
        assertEquals(BlockType.TYPE_VARIABLE, info[0].scopeOf(t).type());
        assertEquals(BlockType.TYPE_VARIABLE, info[0].defaultScopeOf(t).type());
        assertNotSame(info[0].scopeOf(t), info[0].defaultScopeOf(t));
        assertTrue(info[0].scopeOf(body.get(0)).needsClassdict());
        assertNull(info[0].scopeOf(f.body().get(0)));
    }

    @Test
    void errorsCarryTheSourceLine() {
        PythonSyntaxError e = assertThrows(PythonSyntaxError.class, () -> analyze("x = 1\ndef f():\n    nonlocal y\n"));
        assertEquals("no binding for nonlocal 'y' found", e.msg());
        assertEquals("    nonlocal y\n", e.text());
        assertEquals("t.py", e.filename());
        assertEquals(PythonSyntaxError.Kind.SyntaxError, e.kind());
    }

    @Test
    void topLevelAwaitWhenAllowed() {
        for (String src : List.of("await x\n", "async for a in b:\n    pass\n", "async with a:\n    pass\n",
                        "r = [x async for x in y]\n", "r = [await x for x in y]\n")) {
            Mod mod = Parser.parse(src, "t.py", Mode.EXEC);
            assertTrue(ScopeAnalyzer.analyze(mod, "t.py", src, true).module().isCoroutine(), src);
            assertThrows(PythonSyntaxError.class, () -> ScopeAnalyzer.analyze(mod, "t.py", src), src);
        }
        for (String src : List.of("def f():\n    await x\n", "class C:\n    await x\n", "f = lambda: await x\n")) {
            Mod mod = Parser.parse(src, "t.py", Mode.EXEC);
            assertThrows(PythonSyntaxError.class, () -> ScopeAnalyzer.analyze(mod, "t.py", src, true), src);
        }
    }

    @Test
    void deepNestingIsARecursionErrorNotACrash() {
        Span sp = new Span(1, 0, 1, 1);
        assertTrue(analyzeChain(1000, sp).module().names().contains("x"));
        assertThrows(CompilationTooDeepException.class, () -> analyzeChain(1_000_000, sp));
    }

    private static ScopeInfo analyzeChain(int depth, Span sp) {
        Expr e = new Expr.Constant(sp, 1L, null);
        for (int i = 0; i < depth; i++) {
            e = new Expr.BinOp(sp, e, taipan.frontend.ast.Operators.Operator.Add, new Expr.Constant(sp, 1L, null));
        }
        Stmt assign = new Stmt.Assign(sp, List.of(new Expr.Name(sp, "x", ExprContext.Store)), e, null);
        return ScopeAnalyzer.analyze(new Mod.Module(List.of(assign), List.of()), "t.py", "x = 1\n");
    }

    @Test
    void evalAndSingleModes() {
        assertEquals("'await' outside function", error("await x", Mode.EVAL));
        assertEquals("'yield' outside function", error("(yield)", Mode.EVAL));
        assertEquals("asynchronous comprehension outside of an asynchronous function",
                        error("[x async for x in y]", Mode.EVAL));
        assertEquals("'break' outside loop", error("break\n", Mode.SINGLE));
        assertEquals("nonlocal declaration not allowed at module level", error("nonlocal x\n", Mode.SINGLE));
        Mod lambda = Parser.parse("lambda: (yield)", "t.py", Mode.EVAL);
        Scope l = ScopeAnalyzer.analyze(lambda, "t.py", "lambda: (yield)").module().children().get(0);
        assertTrue(l.isGenerator());
    }

    private static String error(String src, Mode mode) {
        Mod mod = Parser.parse(src, "t.py", mode);
        return assertThrows(PythonSyntaxError.class, () -> ScopeAnalyzer.analyze(mod, "t.py", src)).msg();
    }
}
