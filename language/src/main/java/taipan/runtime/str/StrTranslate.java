package taipan.runtime.str;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/** {@code str.maketrans} and {@code str.translate} ({@code unicode_maketrans_impl}, {@code _PyUnicode_TranslateCharmap}). */
public final class StrTranslate {

    /** What a table lookup returns when the key is missing (LookupError): the character stays. */
    public static final Object KEEP = new Object();

    /** What a table lookup returns for a None value: the character is deleted. */
    public static final Object DELETE = new Object();

    /** The translation table as the caller sees it: {@code table[codePoint]}, mapped to KEEP/DELETE/int/str. */
    @FunctionalInterface
    public interface Table {
        Object lookup(int codePoint);
    }

    private StrTranslate() {
    }

    /** {@code str.maketrans(x, y[, z])}: code point to code point, and z's code points to {@code none}. */
    @TruffleBoundary
    public static Map<Long, Object> maketrans(TruffleString x, TruffleString y, TruffleString z, Object none) {
        int[] from = StrCodePoints.toArray(x);
        int[] to = StrCodePoints.toArray(y);
        if (from.length != to.length) {
            throw StrException.valueError(StrErrorMessages.MAKETRANS_EQUAL_LENGTH);
        }
        Map<Long, Object> result = new LinkedHashMap<>();
        for (int i = 0; i < from.length; i++) {
            result.put((long) from[i], (long) to[i]);
        }
        if (z != null) {
            for (int cp : StrCodePoints.toArray(z)) {
                result.put((long) cp, none);
            }
        }
        return result;
    }

    /** {@code str.maketrans(dict)}: str keys of length one become code points, int keys stay. */
    @TruffleBoundary
    public static Map<Object, Object> maketrans(Map<?, ?> dict) {
        Map<Object, Object> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : dict.entrySet()) {
            Object key = e.getKey();
            if (key instanceof TruffleString s) {
                if (StrCodePoints.length(s) != 1) {
                    throw StrException.valueError(StrErrorMessages.MAKETRANS_KEY_LENGTH);
                }
                result.put((long) StrCodePoints.codePointAt(s, 0), e.getValue());
            } else if (key instanceof Long || key instanceof Integer || key instanceof BigInteger || key instanceof Boolean) {
                result.put(key, e.getValue());
            } else {
                throw StrException.typeError(StrErrorMessages.MAKETRANS_KEYS);
            }
        }
        return result;
    }

    @TruffleBoundary
    public static TruffleString translate(TruffleString self, Table table) {
        int[] s = StrCodePoints.toArray(self);
        CodePointBuffer out = new CodePointBuffer(s.length);
        for (int cp : s) {
            Object v = table.lookup(cp);
            if (v == KEEP) {
                out.append(cp);
            } else if (v == DELETE) {
                continue;
            } else if (v instanceof TruffleString str) {
                out.append(StrCodePoints.toArray(str));
            } else if (v instanceof Long || v instanceof Integer || v instanceof BigInteger || v instanceof Boolean) {
                out.append(mappedCodePoint(v));
            } else {
                throw StrException.typeError(StrErrorMessages.TRANSLATE_RESULT);
            }
        }
        return out.toStr();
    }

    private static int mappedCodePoint(Object v) {
        long n;
        if (v instanceof Boolean b) {
            n = b ? 1 : 0;
        } else if (v instanceof BigInteger big) {
            n = big.bitLength() < 63 ? big.longValue() : -1;
        } else {
            n = ((Number) v).longValue();
        }
        if (n < 0 || n > 0x10FFFF) {
            throw StrException.valueError(StrErrorMessages.TRANSLATE_MAPPING);
        }
        return (int) n;
    }
}
