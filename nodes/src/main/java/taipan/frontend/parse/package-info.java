/**
 * Python 3.13's parser. {@link taipan.frontend.parse.Parser#parse(String, String, Mode)} turns source text into the
 * {@link taipan.frontend.ast.Mod} CPython's {@code ast.parse} would give (same nodes, same positions) or throws a
 * {@link taipan.frontend.parse.PythonSyntaxError} with CPython's class, message, line and offsets. It follows
 * {@code Grammar/python.gram} rule for rule; CPython's second-pass {@code invalid_*} rules are checked where the
 * first failure shows them to apply ({@code ErrorReporter}).
 */
package taipan.frontend.parse;
