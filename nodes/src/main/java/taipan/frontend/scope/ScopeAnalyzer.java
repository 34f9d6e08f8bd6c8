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
     */
    public static ScopeInfo analyze(Mod mod, String filename, String source) throws PythonSyntaxError {
        SyntaxErrors errors = new SyntaxErrors(filename, source);
        FutureFeatures future = FutureFeatures.of(mod, errors);
        SymbolTableBuilder builder = new SymbolTableBuilder(errors, future.annotations());
        Scope top = builder.build(mod);
        new ScopeAnalysis(errors).analyze(top);
        ScopeInfo info = new ScopeInfo(top, builder.blocks, builder.defaults);
        new CompileChecks(info, errors, future).check(mod);
        return info;
    }
}
