/**
 * The operations behind Python's {@code str} methods, on UTF-32 {@link com.oracle.truffle.api.strings.TruffleString}s,
 * with CPython 3.13's semantics and messages: hot operations as inline DSL nodes ({@code Str*Node}), Unicode-heavy
 * ones as static methods behind boundaries ({@code StrCase}, {@code StrPredicates}, {@code StrRepr}, ...). Errors
 * are {@link taipan.runtime.str.StrException}s naming the Python exception class.
 */
package taipan.runtime.str;
