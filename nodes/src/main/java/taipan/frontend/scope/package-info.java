/**
 * Scope analysis and compile-time syntax checks, as CPython 3.13's Python/symtable.c, future.c and compile.c.
 * <p>
 * {@link taipan.frontend.scope.ScopeAnalyzer#analyze ScopeAnalyzer.analyze(mod, filename, source)} runs after
 * {@code Parser.parse}: it reads the {@code __future__} imports, builds the symbol table, decides every name's
 * {@link taipan.frontend.scope.NameScope} and raises the SyntaxErrors CPython raises after parsing (with CPython's
 * message, line and byte-based offsets). The returned {@link taipan.frontend.scope.ScopeInfo} maps each
 * function, class, lambda, comprehension, type alias and PEP 695 block, by node identity, to its
 * {@link taipan.frontend.scope.Scope}, which lists what the translator allocates: {@code locals()} (frame slots,
 * CPython's {@code co_varnames}), {@code cellvars()}, {@code freevars()}, and flags such as
 * {@code isGenerator()}, {@code isCoroutine()}, {@code needsClassClosure()} and, for comprehensions inlined into
 * their enclosing code (PEP 709), {@code isComprehensionInlined()} and {@code isolatedNames()}.
 * <p>
 * The passes: {@code FutureFeatures}, {@code SymbolTableBuilder} with {@code ExprSymbols} (symtable.c's visitors),
 * {@code ScopeAnalysis} (symtable.c's {@code analyze_block}), {@code CompileChecks} with {@code CompileExprChecks}
 * and {@code PatternChecks} (compile.c's errors, in compile order).
 */
package taipan.frontend.scope;
