package taipan.runtime.format;

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
        int[] cps = spec.codePoints().toArray();
        int end = cps.length;
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean fillSpecified = false;
        boolean alignSpecified = false;
        if (end - pos >= 2 && isAlign(cps[pos + 1])) {
            align = (char) cps[pos + 1];
            fill = cps[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cps[pos])) {
            align = (char) cps[pos];
            alignSpecified = true;
            pos++;
        }
        char sign = 0;
        if (pos < end && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) {
            sign = (char) cps[pos++];
        }
        boolean noNegZero = pos < end && cps[pos] == 'z';
        if (noNegZero) {
            pos++;
        }
        boolean alternate = pos < end && cps[pos] == '#';
        if (alternate) {
            pos++;
        }
        if (!fillSpecified && pos < end && cps[pos] == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        long[] out = new long[1];
        int start = pos;
        pos = readInteger(cps, pos, out);
        long width = pos == start ? -1 : out[0];
        int grouping = NO_GROUPING;
        if (pos < end && cps[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < end && cps[pos] == '_') {
            if (grouping != NO_GROUPING) {
                throw FormatError.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < end && cps[pos] == ',' && grouping == '_') {
            throw FormatError.valueError("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (pos < end && cps[pos] == '.') {
            pos++;
            start = pos;
            pos = readInteger(cps, pos, out);
            if (pos == start) {
                throw FormatError.valueError("Format specifier missing precision");
            }
            precision = out[0];
        }
        if (end - pos > 1) {
            throw FormatError.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = end - pos == 1 ? cps[pos] : defaultType;
        grouping = checkGrouping(grouping, type);
        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, precision, type);
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

    /** get_integer: any Unicode decimal digits; returns the position after them. */
    private static int readInteger(int[] cps, int pos, long[] out) {
        long acc = 0;
        while (pos < cps.length) {
            int digit = decimalValue(cps[pos]);
            if (digit < 0) {
                break;
            }
            if (acc > (Long.MAX_VALUE - digit) / 10) {
                throw FormatError.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + digit;
            pos++;
        }
        out[0] = acc;
        return pos;
    }

    /** Py_UNICODE_TODECIMAL: the value of a Unicode decimal digit (category Nd), else -1. */
    static int decimalValue(int cp) {
        if (cp >= '0' && cp <= '9') {
            return cp - '0';
        }
        if (cp < 128 || Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
            return -1;
        }
        return Character.digit(cp, 10);
    }
}
