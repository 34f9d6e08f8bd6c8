package taipan.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.ArrayList;
import java.util.List;

import taipan.runtime.unicode.Unicode151;

/**
 * A replacement field's name split into its first part and its chain of {@code .attr} and {@code [key]} accessors,
 * as field_name_split and FieldNameIterator (Objects/stringlib/unicode_format.h) split it. This is also
 * {@code _string.formatter_field_name_split}.
 *
 * @param first a {@code Long} positional index (explicit or automatic) or a {@code String} keyword
 * @param rest the accessors, applied in order
 * @param restError raised after applying {@code rest}, when the chain is malformed past that point; else null
 */
public record FieldName(Object first, List<Accessor> rest, FormatError restError) {

    /** One accessor: {@code .name} ({@code attribute}) or {@code [key]} with a {@code Long} or {@code String} key. */
    public record Accessor(boolean attribute, Object key) {
        /** The pair formatter_field_name_split's iterator yields: (is_attribute, key). */
        public Object[] toTuple() {
            return new Object[] {attribute, key};
        }
    }

    /** Automatic field numbering state, shared by a format string and the specs nested in it. */
    public static final class AutoNumber {
        private int state; // 0: not yet decided, 1: automatic, 2: manual
        private long next;
    }

    /** formatter_field_name_split(name): no automatic numbering; an empty first part stays "". */
    public static FieldName split(String name) {
        return split(name, null);
    }

    /** field_name_split: {@code auto} numbers empty names and rejects mixing them with explicit indexes. */
    @TruffleBoundary
    public static FieldName split(String name, AutoNumber auto) {
        int i = 0;
        while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String firstText = name.substring(0, i);
        long index = integer(firstText);
        boolean empty = firstText.isEmpty();
        if (auto != null && (empty || index != -1)) {
            if (auto.state == 0) {
                auto.state = empty ? 1 : 2;
            }
            if (auto.state == 2 && empty) {
                throw FormatError.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (auto.state == 1 && !empty) {
                throw FormatError.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) {
                index = auto.next++;
            }
        }
        Object first = index == -1 ? firstText : (Object) index;
        List<Accessor> rest = new ArrayList<>();
        FormatError error = null;
        try {
            accessors(name, i, rest);
        } catch (FormatError e) {
            error = e;
        }
        return new FieldName(first, List.copyOf(rest), error);
    }

    private static void accessors(String name, int i, List<Accessor> out) {
        while (i < name.length()) {
            char c = name.charAt(i++);
            int start = i;
            Accessor a;
            if (c == '.') {
                while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    i++;
                }
                a = new Accessor(true, name.substring(start, i));
                if (i == start) {
                    throw FormatError.valueError("Empty attribute in format string");
                }
            } else if (c == '[') {
                while (i < name.length() && name.charAt(i) != ']') {
                    i++;
                }
                if (i >= name.length()) {
                    throw FormatError.valueError("Missing ']' in format string");
                }
                String key = name.substring(start, i++);
                long index = integer(key);
                a = new Accessor(false, index == -1 ? key : (Object) index);
                if (key.isEmpty()) {
                    throw FormatError.valueError("Empty attribute in format string");
                }
            } else {
                throw FormatError.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            out.add(a);
        }
    }

    /** get_integer: the value of an all-decimal-digit name, -1 when it is empty or not all digits. */
    private static long integer(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long acc = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int d = Unicode151.decimalValue(cp);
            if (d < 0) {
                return -1;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw FormatError.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        return acc;
    }
}
