package taipan.runtime.format;

import taipan.runtime.unicode.Unicode151;

/**
 * {@code repr()} and {@code ascii()} of a Python str given as a Java {@link String}: entry points kept for callers of
 * this package; the escaping itself is {@link taipan.runtime.str.StrRepr}'s (CPython's unicode_repr).
 */
public final class StrRepr {
    private StrRepr() {
    }

    /** repr(s): quotes chosen as CPython chooses them, non-printable code points escaped. */
    public static String repr(String s) {
        return taipan.runtime.str.StrRepr.repr(s);
    }

    /** ascii(s): like repr, but every non-ASCII code point escaped. */
    public static String ascii(String s) {
        return taipan.runtime.str.StrRepr.ascii(s);
    }

    /** Py_UNICODE_ISPRINTABLE in Unicode 15.1; see {@link Unicode151#isPrintable}. */
    public static boolean isPrintable(int cp) {
        return Unicode151.isPrintable(cp);
    }
}
