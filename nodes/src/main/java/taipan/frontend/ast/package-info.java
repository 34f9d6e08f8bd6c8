/**
 * The AST: one record per CPython {@code Python.asdl} constructor, with {@link taipan.frontend.ast.Span} positions
 * in UTF-8 bytes; {@link taipan.frontend.ast.AstDump#dump(Mod, boolean)} prints it as CPython's {@code ast.dump}.
 */
package taipan.frontend.ast;
