package taipan.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Splits a str.format string into literal text and replacement fields, one step at a time, as MarkupIterator_next and
 * parse_field (Objects/stringlib/unicode_format.h) do; errors surface at the step that meets them. This is also
 * {@code _string.formatter_parser}.
 */
public final class MarkupIterator {
    /**
     * One step: literal text, then (when {@code fieldPresent}) a field's name, conversion (0 when absent) and spec,
     * the spec needing expansion when it contains braces.
     */
    public record Markup(String literal, boolean fieldPresent, String fieldName, int conversion, String spec,
                    boolean specNeedsExpanding) {
        /** The tuple _string.formatter_parser yields: (literal, field_name, format_spec, conversion), None as null. */
        public Object[] toParserTuple() {
            String conv = conversion == 0 ? null : Character.toString(conversion);
            return new Object[] {literal, fieldPresent ? fieldName : null, fieldPresent ? spec : null, conv};
        }
    }

    private final String s;
    private int pos;

    public MarkupIterator(String s) {
        this.s = s;
    }

    /** The next step, or null at the end; throws FormatError for malformed markup. */
    @TruffleBoundary
    public Markup next() {
        if (pos >= s.length()) {
            return null;
        }
        int start = pos;
        char c = 0;
        boolean markupFollows = false;
        while (pos < s.length()) {
            c = s.charAt(pos++);
            if (c == '{' || c == '}') {
                markupFollows = true;
                break;
            }
        }
        boolean atEnd = pos >= s.length();
        int len = pos - start;
        if (c == '}' && (atEnd || c != s.charAt(pos))) {
            throw FormatError.valueError("Single '}' encountered in format string");
        }
        if (atEnd && c == '{') {
            throw FormatError.valueError("Single '{' encountered in format string");
        }
        if (!atEnd) {
            if (c == s.charAt(pos)) {
                // An escaped brace: the literal keeps one of the pair, and no field follows.
                pos++;
                markupFollows = false;
            } else {
                len--;
            }
        }
        String literal = s.substring(start, start + len);
        if (!markupFollows) {
            return new Markup(literal, false, null, 0, null, false);
        }
        return parseField(literal);
    }

    /** parse_field: the field name up to '}', ':' or '!', then conversion and spec (with nested braces). */
    private Markup parseField(String literal) {
        int nameStart = pos;
        int c = 0;
        while (pos < s.length()) {
            c = s.charAt(pos++);
            if (c == '{') {
                throw FormatError.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                // Inside brackets, ':' and '!' belong to the key.
                while (pos < s.length() && s.charAt(pos) != ']') {
                    pos++;
                }
            } else if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        String name = s.substring(nameStart, Math.max(nameStart, pos - 1));
        if (c == '!' || c == ':') {
            return conversionAndSpec(literal, name, c == '!');
        }
        if (c != '}') {
            throw FormatError.valueError("expected '}' before end of string");
        }
        return new Markup(literal, true, name, 0, "", false);
    }

    private Markup conversionAndSpec(String literal, String name, boolean hasConversion) {
        int conversion = 0;
        if (hasConversion) {
            if (pos >= s.length()) {
                throw FormatError.valueError("end of string while looking for conversion specifier");
            }
            conversion = s.codePointAt(pos);
            pos += Character.charCount(conversion);
            if (pos < s.length()) {
                char after = s.charAt(pos++);
                if (after == '}') {
                    return new Markup(literal, true, name, conversion, "", false);
                }
                if (after != ':') {
                    throw FormatError.valueError("expected ':' after conversion specifier");
                }
            }
        }
        int specStart = pos;
        int count = 1;
        boolean expand = false;
        while (pos < s.length()) {
            char ch = s.charAt(pos++);
            if (ch == '{') {
                expand = true;
                count++;
            } else if (ch == '}' && --count == 0) {
                return new Markup(literal, true, name, conversion, s.substring(specStart, pos - 1), expand);
            }
        }
        throw FormatError.valueError("unmatched '{' in format spec");
    }
}
