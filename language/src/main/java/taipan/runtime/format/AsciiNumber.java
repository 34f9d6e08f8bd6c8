package taipan.runtime.format;

import taipan.runtime.unicode.Unicode151;
import taipan.runtime.unicode.UnicodeProps;

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: the ASCII view of a str that int() and float() parse, with Unicode
 * decimal digits mapped to ASCII digits, Unicode white space to ' ', and the text cut after a '?' at the first
 * other non-ASCII code point.
 */
final class AsciiNumber {
    private AsciiNumber() {
    }

    static String transform(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 127) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 127) {
                sb.append((char) cp);
            } else if (UnicodeProps.isSpace(cp)) {
                sb.append(' ');
            } else {
                int d = Unicode151.decimalValue(cp);
                if (d < 0) {
                    sb.append('?');
                    break;
                }
                sb.append((char) ('0' + d));
            }
        }
        return sb.toString();
    }

    /** Py_ISSPACE: the ASCII white space C's isspace accepts. */
    static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
