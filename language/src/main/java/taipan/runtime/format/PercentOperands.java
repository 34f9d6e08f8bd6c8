package taipan.runtime.format;

/**
 * What {@code str % args} needs to know about arbitrary Python objects, supplied by the interpreter. The formatter
 * handles {@code String}, {@code Long}, {@code Integer}, {@code BigInteger}, {@code Boolean} and {@code Double} itself
 * and asks only about other objects. Methods may throw the interpreter's own Python exceptions, which pass through.
 */
public interface PercentOperands {
    /** The items of {@code args} when it is a tuple (or tuple subclass), else null. */
    Object[] tupleItems(Object args);

    /** PyMapping_Check: whether {@code o} has {@code __getitem__} (lists do too). */
    boolean isMapping(Object o);

    /** {@code mapping[key]}, raising the interpreter's KeyError (or whatever __getitem__ raises). */
    Object getItem(Object mapping, String key);

    /** str(o). */
    String str(Object o);

    /** repr(o). */
    String repr(Object o);

    /** ascii(o); by default repr(o) with its non-ASCII code points escaped. */
    default String ascii(Object o) {
        return AsciiEscape.escapeNonAscii(repr(o));
    }

    /** The name of o's type, as in error messages ("list"). */
    String typeName(Object o);

    /** The value (a {@code Long} or {@code BigInteger}) of an instance of an int subclass, else null. */
    default Object intSubclassValue(Object o) {
        return null;
    }

    /** PyNumber_Check: whether o's type has __index__, __int__ or __float__, or is complex. */
    boolean isNumber(Object o);

    /** operator.index(o) as a {@code Long} or {@code BigInteger}; null when o has no __index__ (a TypeError). */
    Object index(Object o);

    /** int(o) (PyNumber_Long) as a {@code Long} or {@code BigInteger}; null when that raises TypeError. */
    Object toInt(Object o);

    /** float(o) as PyFloat_AsDouble takes it (__float__, then __index__); null when o has neither. */
    Double toDouble(Object o);

    /** sys.get_int_max_str_digits(). */
    default int maxStrDigits() {
        return IntText.DEFAULT_MAX_STR_DIGITS;
    }
}
