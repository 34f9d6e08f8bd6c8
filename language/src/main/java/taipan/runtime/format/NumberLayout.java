package taipan.runtime.format;

/**
 * Lays out a formatted number in its field: padding, sign, prefix, grouped digits, decimal point and remainder, as
 * calc_number_widths, fill_number and _PyUnicode_InsertThousandsGrouping do in CPython.
 */
final class NumberLayout {
    private NumberLayout() {
    }

    /**
     * @param negative whether the number carries a minus sign
     * @param prefix the "0x"-style prefix (already in the wanted case), or ""
     * @param digits the integral digits to group (ASCII)
     * @param hasDecimal whether a decimal point follows the digits
     * @param remainder what follows the decimal point (or the digits), copied as is
     * @param localeGrouping whether to group: false for 'n' in the C locale and for specs without ',' or '_'
     */
    static String layout(FormatSpec spec, boolean negative, String prefix, String digits, boolean hasDecimal,
                    String remainder, boolean localeGrouping) {
        char signChar = switch (spec.sign()) {
            case '+' -> negative ? '-' : '+';
            case ' ' -> negative ? '-' : ' ';
            default -> negative ? '-' : 0;
        };
        int nSign = signChar == 0 ? 0 : 1;
        int nRemainder = remainder.codePointCount(0, remainder.length());
        long nonDigits = nSign + prefix.length() + (hasDecimal ? 1 : 0) + nRemainder;
        long minWidth = spec.fill() == '0' && spec.align() == '=' ? spec.width() - nonDigits : 0;
        int groupLen = 0;
        char sep = 0;
        if (localeGrouping) {
            groupLen = spec.grouping() == FormatSpec.UNDERSCORE_FOUR ? 4 : spec.grouping() == 0 ? 0 : 3;
            sep = spec.grouping() == ',' ? ',' : '_';
        }
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, groupLen, sep);
        long padding = Math.max(0, spec.width() - (nonDigits + grouped.length()));
        // Only one of the three paddings is used: left, between sign and digits ('='), or right.
        long lpad = switch (spec.align()) {
            case '>' -> padding;
            case '^' -> padding / 2;
            default -> 0;
        };
        long spad = spec.align() == '=' ? padding : 0;
        long rpad = padding - lpad - spad;
        StringBuilder sb = new StringBuilder((int) Math.min(1 << 12, Math.max(spec.width(), 0) + 16));
        fill(sb, spec.fill(), lpad);
        if (signChar != 0) {
            sb.append(signChar);
        }
        sb.append(prefix);
        fill(sb, spec.fill(), spad);
        sb.append(grouped);
        if (hasDecimal) {
            sb.append('.');
        }
        sb.append(remainder);
        fill(sb, spec.fill(), rpad);
        return sb.toString();
    }

    static void fill(StringBuilder sb, int cp, long n) {
        for (long i = 0; i < n; i++) {
            sb.appendCodePoint(cp);
        }
    }

    /** _PyUnicode_InsertThousandsGrouping: separators every groupLen digits (0: none), zero-padded to minWidth. */
    static String group(String digits, long minWidth, int groupLen, char sep) {
        minWidth = Math.max(0, minWidth);
        StringBuilder rev = new StringBuilder(digits.length() + digits.length() / 3 + 4);
        long remaining = digits.length();
        int pos = digits.length();
        boolean useSep = false;
        if (groupLen > 0) {
            while (true) {
                long len = Math.min(groupLen, Math.max(Math.max(remaining, minWidth), 1));
                int nChars = (int) Math.max(0, Math.min(remaining, len));
                emit(rev, useSep, sep, digits, pos, nChars, Math.max(0, len - remaining));
                pos -= nChars;
                useSep = true;
                remaining -= nChars;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0) {
                    return rev.reverse().toString();
                }
                minWidth -= 1;
            }
        }
        long len = Math.max(Math.max(remaining, minWidth), 1);
        int nChars = (int) Math.max(0, Math.min(remaining, len));
        emit(rev, false, sep, digits, pos, nChars, Math.max(0, len - remaining));
        return rev.reverse().toString();
    }

    /** Appends, in reverse, one group: its separator, its digits and the zeros padding it on the left. */
    private static void emit(StringBuilder rev, boolean useSep, char sep, String digits, int pos, int nChars,
                    long nZeros) {
        if (useSep) {
            rev.append(sep);
        }
        for (int i = pos - 1; i >= pos - nChars; i--) {
            rev.append(digits.charAt(i));
        }
        for (long i = 0; i < nZeros; i++) {
            rev.append('0');
        }
    }

    /** calc_padding plus the copy: {@code text} (already truncated) aligned in a field of the spec's width. */
    static String pad(String text, int nChars, FormatSpec spec) {
        long total = spec.width() >= 0 && spec.width() > nChars ? spec.width() : nChars;
        long lpad = switch (spec.align()) {
            case '>' -> total - nChars;
            case '^' -> (total - nChars) / 2;
            default -> 0;
        };
        long rpad = total - nChars - lpad;
        StringBuilder sb = new StringBuilder(text.length() + (int) Math.min(1 << 12, lpad + rpad));
        fill(sb, spec.fill(), lpad);
        sb.append(text);
        fill(sb, spec.fill(), rpad);
        return sb.toString();
    }
}
