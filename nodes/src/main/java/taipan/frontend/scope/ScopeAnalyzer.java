package taipan.frontend.scope;

import taipan.frontend.ast.Mod;
import taipan.frontend.parse.PythonSyntaxError;

/**
 * Scope analysis and the compile-time syntax checks of CPython 3.13: {@code __future__} imports (future.c), the
 * symbol table (symtable.c) and the errors the bytecode compiler raises (compile.c), in that order, so the first
 * error reported is CPython's.
 */
public final class ScopeAnalyzer {

    private ScopeAnalyzer() {
    }

    /**
     * Analyses a parsed module.
     *
     * @param mod what {@code Parser.parse} returned
     * @param filename the file name for errors
     * @param source the source text, for the {@code text} of errors (may be null)
     * @return every scope and every name's kind
     * @throws PythonSyntaxError with CPython's message and location if the program is rejected after parsing
     * @throws CompilationTooDeepException if the AST nests too deeply to analyse (CPython's RecursionError)
     */
    public static ScopeInfo analyze(Mod mod, String filename, String source) throws PythonSyntaxError {
        return analyze(mod, filename, source, false);
    }

    /**
     * Analyses a parsed module, optionally as CPython's {@code compile()} with {@code PyCF_ALLOW_TOP_LEVEL_AWAIT}
     * (the asyncio REPL): {@code await}, {@code async for}/{@code with} and async comprehensions are then allowed at
     * module level, and the module scope {@link Scope#isCoroutine() is a coroutine} if it uses them.
     */
    public static ScopeInfo analyze(Mod mod, String filename, String source, boolean allowTopLevelAwait)
                    throws PythonSyntaxError {
        try {
            return run(mod, filename, source, allowTopLevelAwait);
        } catch (StackOverflowError e) {
            // CPython bounds compilation by the recursion limit; a deep AST is a RecursionError, not a crash
            throw new CompilationTooDeepException();
        }
    }

    private static ScopeInfo run(Mod mod, String filename, String source, boolean allowTopLevelAwait) {
        SyntaxErrors errors = new SyntaxErrors(filename, source);
        FutureFeatures future = FutureFeatures.of(mod, errors);
        SymbolTableBuilder builder = new SymbolTableBuilder(errors, future.annotations(), allowTopLevelAwait);
        Scope top = builder.build(mod);
        new ScopeAnalysis(errors).analyze(top);
        ScopeInfo info = new ScopeInfo(top, builder.blocks, builder.defaults);
        new CompileChecks(info, errors, future, allowTopLevelAwait).check(mod);
        return info;
    }
}
