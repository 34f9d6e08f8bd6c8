package taipan.runtime.number;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.format.FloatParser;
import taipan.runtime.format.FormatError;
import taipan.runtime.math.Complex;

/** {@code complex(str)}: CPython's {@code complex_from_string_inner}, forms {@code a}, {@code bj}, {@code a+bj}. */
public final class ComplexParser {

    private static final String NUMBER = "(?:(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)"
                    + "(?:[eE][+-]?\\d(?:_?\\d)*)?|inf|infinity|nan)";
    /** An optional real part (only when a sign or the end follows it), then an optional imaginary part. */
    private static final Pattern FORM = Pattern.compile(
                    "(?:([+-]?" + NUMBER + ")(?=[+-]|$))?(?:([+-]?)(" + NUMBER + ")?[jJ])?", Pattern.CASE_INSENSITIVE);

    private ComplexParser() {
    }

    @TruffleBoundary
    public static Complex parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        Matcher m = FORM.matcher(s);
        if (s.isEmpty() || !m.matches() || (m.group(1) == null && m.end(2) < 0)) {
            throw malformed();
        }
        boolean hasImag = m.start(2) >= 0 && s.toLowerCase().endsWith("j");
        double real = m.group(1) == null ? 0.0 : number(m.group(1));
        double imag = 0.0;
        if (hasImag) {
            imag = m.group(3) == null ? 1.0 : number(m.group(3));
            if ("-".equals(m.group(2))) {
                imag = -imag;
            }
        }
        return new Complex(real, imag);
    }

    private static double number(String s) {
        try {
            return FloatParser.parse(s);
        } catch (FormatError e) {
            throw malformed();
        }
    }

    private static FormatError malformed() {
        return new FormatError("ValueError", "complex() arg is a malformed string");
    }
}
