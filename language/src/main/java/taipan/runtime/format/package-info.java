/**
 * CPython-exact text conversions for Python's int, float, complex and str: repr, format-spec formatting, printf-style
 * {@code %}, str.format parsing, int()/float() parsing and the numeric hash. Pure Java on Java values; Python errors
 * are thrown as {@link taipan.runtime.format.FormatError}. The public entry points are {@code @TruffleBoundary}: they
 * use BigDecimal, StringBuilder and the like, which must not be partially evaluated.
 */
package taipan.runtime.format;
