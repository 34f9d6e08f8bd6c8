package taipan.frontend.parse;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/** Decodes the body of string and bytes literals: escape sequences as CPython's {@code Parser/string_parser.c}. */
final class StringDecoder {

    private StringDecoder() {
    }

    /** Thrown for a malformed escape; the parser turns it into a SyntaxError on the literal. */
    static final class BadEscape extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadEscape(String msg) {
            super(msg, null, false, false);
        }
    }

    /** Decodes a str literal body (without prefix and quotes); {@code warn} hears of its first invalid escape. */
    static String decodeStr(String s, boolean raw, Consumer<String> warn) {
        if (raw || s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        boolean warned = false;
        while (i < n) {
            char c = s.charAt(i++);
            if (c != '\\' || i >= n) {
                sb.append(c);
                continue;
            }
            if (!warned && invalidEscape(s, i, false) != null) {
                warned = true;
                warn.accept(invalidEscape(s, i, false));
            }
            char e = s.charAt(i++);
            switch (e) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> sb.append(e);
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + (s.charAt(i++) - '0');
                    }
                    sb.appendCodePoint(v);
                }
                case 'x' -> {
                    sb.appendCodePoint(hex(s, i, 2, "\\xXX"));
                    i += 2;
                }
                case 'u' -> {
                    sb.append((char) hex(s, i, 4, "\\uXXXX"));
                    i += 4;
                }
                case 'U' -> {
                    int cp = hex(s, i, 8, "\\UXXXXXXXX");
                    if (cp > 0x10FFFF) {
                        throw new BadEscape("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                        + (i - 2) + "-" + (i + 7) + ": illegal Unicode character");
                    }
                    sb.appendCodePoint(cp);
                    i += 8;
                }
                case 'N' -> i = namedEscape(s, i, sb);
                default -> sb.append('\\').append(e);
            }
        }
        return sb.toString();
    }

    private static int namedEscape(String s, int i, StringBuilder sb) {
        int close = i < s.length() && s.charAt(i) == '{' ? s.indexOf('}', i) : -1;
        if (close < 0) {
            int end = i < s.length() && s.charAt(i) == '{' ? s.length() - 1 : i - 1;
            throw new BadEscape("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 2) + "-"
                            + end + ": malformed \\N character escape");
        }
        String name = s.substring(i + 1, close);
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException ex) {
            throw new BadEscape("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 2) + "-"
                            + close + ": unknown Unicode character name");
        }
        sb.appendCodePoint(cp);
        return close + 1;
    }

    private static int hex(String s, int i, int count, String what) {
        if (i + count > s.length()) {
            throw truncated(i, s.length(), what);
        }
        int v = 0;
        for (int k = 0; k < count; k++) {
            int d = Character.digit(s.charAt(i + k), 16);
            if (d < 0 || s.charAt(i + k) > 127) {
                throw truncated(i, i + k, what);
            }
            v = v * 16 + d;
        }
        return v;
    }

    private static BadEscape truncated(int i, int end, String what) {
        return new BadEscape("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 2) + "-"
                        + (end - 1) + ": truncated " + what + " escape");
    }

    /**
     * CPython's SyntaxWarning for the escape after the backslash at {@code i - 1}, or null when it is valid: an
     * unknown escape character, or an octal escape above 0o377.
     */
    private static String invalidEscape(String s, int i, boolean bytes) {
        char e = s.charAt(i);
        if (e >= '0' && e <= '7') {
            int end = i + 1;
            while (end < s.length() && end < i + 3 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
                end++;
            }
            int v = Integer.parseInt(s.substring(i, end), 8);
            return v > 0377 ? "invalid octal escape sequence '\\" + s.substring(i, end) + "'" : null;
        }
        String valid = bytes ? "\n\\'\"abfnrtvx" : "\n\\'\"abfnrtvxuUN";
        return valid.indexOf(e) >= 0 ? null : "invalid escape sequence '\\" + Character.toString(s.codePointAt(i)) + "'";
    }

    /** Decodes a bytes literal body; non-ASCII characters are an error the caller reports. */
    static byte[] decodeBytes(String s, boolean raw, Consumer<String> warn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int i = 0;
        int n = s.length();
        boolean warned = false;
        while (i < n) {
            char c = s.charAt(i++);
            if (c >= 128) {
                throw new BadEscape("bytes can only contain ASCII literal characters");
            }
            if (raw || c != '\\' || i >= n) {
                out.write(c);
                continue;
            }
            if (!warned && s.charAt(i) < 128 && invalidEscape(s, i, true) != null) {
                warned = true;
                warn.accept(invalidEscape(s, i, true));
            }
            char e = s.charAt(i++);
            switch (e) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> out.write(e);
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = v * 8 + (s.charAt(i++) - '0');
                    }
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    if (i + 2 > n || Character.digit(s.charAt(i), 16) < 0 || Character.digit(s.charAt(i + 1), 16) < 0) {
                        throw new BadEscape("(value error) invalid \\x escape at position " + (i - 2));
                    }
                    out.write(Integer.parseInt(s.substring(i, i + 2), 16));
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    if (e >= 128) {
                        throw new BadEscape("bytes can only contain ASCII literal characters");
                    }
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }
}
