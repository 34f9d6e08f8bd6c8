package taipan.runtime.format;

import taipan.runtime.unicode.Unicode151;

/**
 * A parsed format specification {@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]}, as
 * parse_internal_render_format_spec (Python/formatter_unicode.c) reads it.
 *
 * @param fill the fill code point
 * @param align one of {@code < > = ^}
 * @param sign {@code '+'}, {@code '-'}, {@code ' '} or 0 when absent
 * @param noNegZero the {@code z} option
 * @param alternate the {@code #} option
 * @param width the minimum width, -1 when absent
 * @param grouping {@link #NO_GROUPING}, {@code ','}, {@code '_'} or {@link #UNDERSCORE_FOUR}
 * @param precision the precision, -1 when absent
 * @param type the presentation type code point, 0 when absent
 */
public record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate, long width,
                int grouping, long precision, int type) {

    /** No thousands separator. */
    public static final int NO_GROUPING = 0;
    /** '_' every four digits, as used with b, o, x and X. */
    public static final int UNDERSCORE_FOUR = 4;

    /**
     * Parses {@code spec} for an object of type {@code typeName} (named in errors), with the defaults of that type:
     * int uses ('d', '>'), float (0, '>'), str ('s', '<').
     */
    public static FormatSpec parse(String spec, int defaultType, char defaultAlign, String typeName) {
        return new Parser(spec, defaultAlign).parse(spec, defaultType, typeName);
    }

    /** The cursor and fields of one parse. */
    private static final class Parser {
        final int[] cps;
        final char defaultAlign;
        int pos;
        int fill = ' ';
        char align;
        boolean fillSpecified;
        boolean alignSpecified;

        Parser(String spec, char defaultAlign) {
            this.cps = spec.codePoints().toArray();
            this.defaultAlign = defaultAlign;
            this.align = defaultAlign;
        }

        boolean at(int c) {
            return pos < cps.length && cps[pos] == c;
        }

        FormatSpec parse(String spec, int defaultType, String typeName) {
            fillAndAlign();
            char sign = 0;
            if (at('+') || at('-') || at(' ')) {
                sign = (char) cps[pos++];
            }
            boolean noNegZero = at('z');
            pos += noNegZero ? 1 : 0;
            boolean alternate = at('#');
            pos += alternate ? 1 : 0;
            if (!fillSpecified && at('0')) {
                // The '0' shorthand: zero fill, and sign-aware padding where the type aligns right by default.
                fill = '0';
                if (!alignSpecified && defaultAlign == '>') {
                    align = '=';
                }
                pos++;
            }
            long width = integer(false);
            int grouping = grouping();
            long precision = -1;
            if (at('.')) {
                pos++;
                precision = integer(true);
            }
            if (cps.length - pos > 1) {
                throw FormatError.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
            }
            int type = cps.length - pos == 1 ? cps[pos] : defaultType;
            return new FormatSpec(fill, align, sign, noNegZero, alternate, width, checkGrouping(grouping, type),
                            precision, type);
        }

        void fillAndAlign() {
            if (cps.length - pos >= 2 && isAlign(cps[pos + 1])) {
                align = (char) cps[pos + 1];
                fill = cps[pos];
                fillSpecified = true;
                alignSpecified = true;
                pos += 2;
            } else if (pos < cps.length && isAlign(cps[pos])) {
                align = (char) cps[pos++];
                alignSpecified = true;
            }
        }

        int grouping() {
            int grouping = NO_GROUPING;
            if (at(',')) {
                grouping = ',';
                pos++;
            }
            if (at('_')) {
                if (grouping != NO_GROUPING) {
                    throw FormatError.valueError("Cannot specify both ',' and '_'.");
                }
                grouping = '_';
                pos++;
            }
            if (at(',') && grouping == '_') {
                throw FormatError.valueError("Cannot specify both ',' and '_'.");
            }
            return grouping;
        }

        /** get_integer: any Unicode decimal digits; -1 when there are none (an error where {@code required}). */
        long integer(boolean required) {
            int start = pos;
            long acc = 0;
            while (pos < cps.length) {
                int digit = Unicode151.decimalValue(cps[pos]);
                if (digit < 0) {
                    break;
                }
                if (acc > (Long.MAX_VALUE - digit) / 10) {
                    throw FormatError.valueError("Too many decimal digits in format string");
                }
                acc = acc * 10 + digit;
                pos++;
            }
            if (pos == start) {
                if (required) {
                    throw FormatError.valueError("Format specifier missing precision");
                }
                return -1;
            }
            return acc;
        }
    }

    private static int checkGrouping(int grouping, int type) {
        if (grouping == NO_GROUPING) {
            return grouping;
        }
        switch (type) {
            case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
                return grouping;
            case 'b', 'o', 'x', 'X':
                if (grouping == '_') {
                    return UNDERSCORE_FOUR;
                }
                break;
            default:
                break;
        }
        throw FormatError.valueError("Cannot specify '" + (char) grouping + "' with " + quoteCode(type) + ".");
    }

    /** A presentation type as CPython's messages show it: 'x' when printable ASCII, else '\x..'. */
    static String quoteCode(int type) {
        if (type > 32 && type < 128) {
            return "'" + (char) type + "'";
        }
        return "'\\x" + Integer.toHexString(type) + "'";
    }

    /** unknown_presentation_type's ValueError. */
    static FormatError unknownCode(int type, String typeName) {
        return FormatError.valueError("Unknown format code " + quoteCode(type) + " for object of type '" + typeName + "'");
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }
}
