package taipan.frontend.token;

import taipan.frontend.parse.PythonSyntaxError.Kind;

/** Scans numeric literals as CPython's lexer does, with its error messages for malformed ones. */
final class NumberScanner {

    private NumberScanner() {
    }

    static Token scan(Tokenizer t, int start) {
        String s = t.src();
        int p = start;
        char c = s.charAt(p);
        if (c == '0' && p + 1 < s.length()) {
            char x = Character.toLowerCase(s.charAt(p + 1));
            if (x == 'x' || x == 'o' || x == 'b') {
                int radix = x == 'x' ? 16 : x == 'o' ? 8 : 2;
                String name = x == 'x' ? "hexadecimal" : x == 'o' ? "octal" : "binary";
                p += 2;
                p = radixDigits(t, s, p, radix, name);
                t.setPos(p);
                verifyEnd(t, s, p, name);
                return t.make(TokenKind.NUMBER, s.substring(start, p), start);
            }
        }
        boolean isFloat = false;
        if (c != '.') {
            p = decimalDigits(t, s, p);
        }
        boolean leadingZero = c == '0' && nonZeroDigits(s, start, p);
        if (p < s.length() && s.charAt(p) == '.') {
            isFloat = true;
            p++;
            if (p < s.length() && Tokenizer.isDigit(s.charAt(p))) {
                p = decimalDigits(t, s, p);
            }
        }
        if (p < s.length() && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
            int q = p + 1;
            if (q < s.length() && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
                q++;
            }
            if (q < s.length() && Tokenizer.isDigit(s.charAt(q))) {
                isFloat = true;
                p = decimalDigits(t, s, q);
            } else if (q > p + 1) {
                t.setPos(q);
                throw t.error(Kind.SyntaxError, "invalid decimal literal", t.line(), q, q);
            } else if (!s.startsWith("else", p)) {
                t.setPos(p);
                throw t.error(Kind.SyntaxError, "invalid decimal literal", t.line(), p, p);
            }
        }
        if (p < s.length() && (s.charAt(p) == 'j' || s.charAt(p) == 'J')) {
            p++;
            t.setPos(p);
            verifyEnd(t, s, p, "imaginary");
            return t.make(TokenKind.NUMBER, s.substring(start, p), start);
        }
        if (leadingZero && !isFloat) {
            t.setPos(p);
            throw t.error(Kind.SyntaxError,
                            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                            t.line(), start + 1, zerosEnd(s, start) + 1);
        }
        t.setPos(p);
        verifyEnd(t, s, p, "decimal");
        return t.make(TokenKind.NUMBER, s.substring(start, p), start);
    }

    private static int zerosEnd(String s, int p) {
        while (p < s.length() && (s.charAt(p) == '0' || s.charAt(p) == '_')) {
            p++;
        }
        return p;
    }

    private static boolean nonZeroDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch != '0' && ch != '_') {
                return true;
            }
        }
        return false;
    }

    private static int decimalDigits(Tokenizer t, String s, int p) {
        while (p < s.length()) {
            char ch = s.charAt(p);
            if (Tokenizer.isDigit(ch)) {
                p++;
            } else if (ch == '_') {
                if (p + 1 < s.length() && Tokenizer.isDigit(s.charAt(p + 1))) {
                    p++;
                } else {
                    t.setPos(p + 1);
                    throw t.error(Kind.SyntaxError, "invalid decimal literal", t.line(), p + 1, p + 1);
                }
            } else {
                break;
            }
        }
        return p;
    }

    private static int radixDigits(Tokenizer t, String s, int p, int radix, String name) {
        boolean any = false;
        while (p < s.length()) {
            char ch = s.charAt(p);
            if (ch == '_') {
                if (p + 1 < s.length() && Character.digit(s.charAt(p + 1), radix) >= 0) {
                    p++;
                    continue;
                }
                throw t.error(Kind.SyntaxError, "invalid " + name + " literal", t.line(), p + 1, p + 1);
            }
            if (Character.digit(ch, radix) >= 0 && ch < 128) {
                any = true;
                p++;
            } else if (Tokenizer.isDigit(ch)) {
                throw t.error(Kind.SyntaxError, "invalid digit '" + ch + "' in " + name + " literal", t.line(), p + 1,
                                p + 1);
            } else {
                break;
            }
        }
        if (!any) {
            throw t.error(Kind.SyntaxError, "invalid " + name + " literal", t.line(), p, p);
        }
        return p;
    }

    /** CPython's verify_end_of_number: a literal directly followed by a name is an error, except some keywords. */
    private static void verifyEnd(Tokenizer t, String s, int p, String name) {
        if (p >= s.length()) {
            return;
        }
        char ch = s.charAt(p);
        boolean identChar = ch < 128 ? Character.isLetterOrDigit(ch) || ch == '_' : Character.isUnicodeIdentifierStart(ch);
        if (!identChar) {
            return;
        }
        for (String kw : new String[] {"and", "else", "for", "if", "in", "is", "not", "or"}) {
            if (s.startsWith(kw, p)) {
                taipan.frontend.parse.CompileWarnings.add("invalid " + name + " literal", t.line(), p);
                return;
            }
        }
        throw t.error(Kind.SyntaxError, "invalid " + name + " literal", t.line(), p, p);
    }
}
