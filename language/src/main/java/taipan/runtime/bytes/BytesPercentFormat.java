package taipan.runtime.bytes;

import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.AsciiEscape;
import taipan.runtime.format.FormatError;
import taipan.runtime.format.PercentFormatter;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonTypes;
import taipan.runtime.object.Repr;
import taipan.runtime.str.StrPercentFormat;
import taipan.runtime.type.BuiltinType;

/**
 * {@code bytes % args} ({@code _PyBytes_FormatEx}): the template is read as latin-1 text and handed to the str
 * formatter, after each argument has been checked and turned into what its conversion needs ({@code %s}/{@code %b}
 * a bytes-like object's latin-1 text, {@code %r}/{@code %a} its ascii repr); the result is encoded back as latin-1.
 */
public final class BytesPercentFormat {

    private BytesPercentFormat() {
    }

    @TruffleBoundary
    public static PBytesLike format(Node location, PBytesLike template, Object args) {
        String text = new String(template.toByteArray(), StandardCharsets.ISO_8859_1);
        Object[] items = args instanceof PTuple t ? t.getItems().clone() : new Object[]{args};
        StringBuilder fmt = new StringBuilder(text.length());
        try {
            rewrite(location, text, items, fmt);
        } catch (FormatError e) {
            throw PythonErrors.fromFormatError(location, e);
        }
        Object converted = args instanceof PTuple ? new PTuple(items) : items[0];
        String result = StrPercentFormat.format(location, taipan.runtime.str.PyStrings.of(fmt.toString()), converted)
                        .toJavaStringUncached();
        byte[] bytes = result.getBytes(StandardCharsets.ISO_8859_1);
        return template instanceof PByteArray ? new PByteArray(bytes) : new PBytes(bytes);
    }

    /** Copies the template, turning %b into %s and %r/%a into %s, and converts the arguments they consume. */
    private static void rewrite(Node location, String text, Object[] items, StringBuilder fmt) {
        int arg = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            fmt.append(c);
            if (c != '%' || i >= text.length()) {
                continue;
            }
            if (text.charAt(i) == '(') {
                // mapping keys: the arguments come from a mapping, which bytes formatting leaves to the str path
                throw new FormatError("TypeError", "format requires a mapping");
            }
            while (i < text.length() && "-+ #0123456789.*hlL".indexOf(text.charAt(i)) >= 0) {
                if (text.charAt(i) == '*') {
                    arg++;
                }
                fmt.append(text.charAt(i++));
            }
            if (i >= text.length()) {
                break;
            }
            char conv = text.charAt(i++);
            if (conv == '%') {
                fmt.append('%');
                continue;
            }
            if (arg < items.length) {
                items[arg] = convert(location, conv, items[arg]);
            }
            arg++;
            fmt.append(conv == 'b' || conv == 'r' || conv == 'a' ? 's' : conv);
        }
    }

    private static Object convert(Node location, char conv, Object value) {
        switch (conv) {
            case 's', 'b':
                if (value instanceof PBytesLike b) {
                    return new String(b.toByteArray(), StandardCharsets.ISO_8859_1);
                }
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                                "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                                PythonTypes.builtinTypeOf(value).getPythonName());
            case 'r', 'a':
                return AsciiEscape.escapeNonAscii(Repr.repr(value));
            case 'c':
                if (value instanceof PBytesLike b && b.length() == 1) {
                    return String.valueOf((char) b.get(0));
                } else if (value instanceof Long l && l >= 0 && l < 256) {
                    return String.valueOf((char) (long) l);
                } else if (value instanceof Long) {
                    throw PythonErrors.raise(location, BuiltinType.OVERFLOW_ERROR, "%%c arg not in range(256)");
                }
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                                "%%c requires an integer in range(256) or a single byte");
            default:
                return value;
        }
    }
}
