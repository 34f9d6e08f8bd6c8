package taipan.builtins.modules;

import java.io.ByteArrayOutputStream;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.runtime.bytes.PBytes;

/** {@code binascii.b2a_qp}/{@code a2b_qp}: quoted-printable as CPython's {@code binascii.c} writes and reads it. */
@CoreFunctions(defineModule = "binascii")
public final class BinasciiQuotedPrintable {

    private static final int MAX_LINE = 76;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private BinasciiQuotedPrintable() {
    }

    private static boolean needsQuoting(byte[] d, int in, int lineLength, boolean quoteTabs, boolean isText, boolean header) {
        int c = d[in] & 0xFF;
        boolean last = in + 1 == d.length;
        return c > 126 || c == '=' || (header && c == '_') ||
                        (c == '.' && lineLength == 0 && (last || d[in + 1] == '\n' || d[in + 1] == '\r' || d[in + 1] == 0)) ||
                        (!isText && (c == '\r' || c == '\n')) || ((c == '\t' || c == ' ') && last) ||
                        (c < 33 && c != '\r' && c != '\n' && (quoteTabs || (c != '\t' && c != ' ')));
    }

    private static void softBreak(ByteArrayOutputStream out, boolean crlf) {
        out.write('=');
        if (crlf) {
            out.write('\r');
        }
        out.write('\n');
    }

    @TruffleBoundary
    static byte[] encode(byte[] d, boolean quoteTabs, boolean isText, boolean header) {
        int newline = indexOf(d, (byte) '\n');
        boolean crlf = newline > 0 && d[newline - 1] == '\r';
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length * 2);
        int lineLength = 0;
        int in = 0;
        while (in < d.length) {
            if (needsQuoting(d, in, lineLength, quoteTabs, isText, header)) {
                if (lineLength + 3 >= MAX_LINE) {
                    softBreak(out, crlf);
                    lineLength = 0;
                }
                quote(out, d[in++] & 0xFF);
                lineLength += 3;
            } else if (isText && (d[in] == '\n' || (in + 1 < d.length && d[in] == '\r' && d[in + 1] == '\n'))) {
                lineLength = 0;
                byte[] sofar = out.toByteArray();
                if (sofar.length > 0 && (sofar[sofar.length - 1] == ' ' || sofar[sofar.length - 1] == '\t')) {
                    // whitespace at the end of a line is protected by quoting it
                    out.reset();
                    out.write(sofar, 0, sofar.length - 1);
                    quote(out, sofar[sofar.length - 1]);
                }
                if (crlf) {
                    out.write('\r');
                }
                out.write('\n');
                in += d[in] == '\r' ? 2 : 1;
            } else {
                if (in + 1 != d.length && d[in + 1] != '\n' && lineLength + 1 >= MAX_LINE) {
                    softBreak(out, crlf);
                    lineLength = 0;
                }
                lineLength++;
                out.write(header && d[in] == ' ' ? '_' : d[in]);
                in++;
            }
        }
        return out.toByteArray();
    }

    private static void quote(ByteArrayOutputStream out, int c) {
        out.write('=');
        out.write(HEX[(c >> 4) & 0xF]);
        out.write(HEX[c & 0xF]);
    }

    private static int indexOf(byte[] d, byte b) {
        for (int i = 0; i < d.length; i++) {
            if (d[i] == b) {
                return i;
            }
        }
        return -1;
    }

    @TruffleBoundary
    static byte[] decode(byte[] d, boolean header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
        int in = 0;
        while (in < d.length) {
            if (d[in] == '=') {
                in++;
                if (in >= d.length) {
                    break;
                } else if (d[in] == '\n' || d[in] == '\r') {
                    while (d[in] != '\n' && in + 1 < d.length) {
                        in++;
                    }
                    in++;
                } else if (d[in] == '=') {
                    out.write('=');
                    in++;
                } else if (in + 1 < d.length && Character.digit(d[in], 16) >= 0 && Character.digit(d[in + 1], 16) >= 0) {
                    out.write((Character.digit(d[in], 16) << 4) | Character.digit(d[in + 1], 16));
                    in += 2;
                } else {
                    out.write('=');
                }
            } else if (header && d[in] == '_') {
                out.write(' ');
                in++;
            } else {
                out.write(d[in++]);
            }
        }
        return out.toByteArray();
    }

    @Builtin(name = "b2a_qp", parameterNames = {"data", "quotetabs", "istext", "header"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class B2aQpNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        PBytes doEncode(Object data, Object quoteTabs, Object isText, Object header) {
            return new PBytes(encode(NativeBufferArgs.bytes(this, data), BinasciiModuleBuiltins.flag(quoteTabs, false),
                            BinasciiModuleBuiltins.flag(isText, true), BinasciiModuleBuiltins.flag(header, false)));
        }
    }

    @Builtin(name = "a2b_qp", parameterNames = {"data", "header"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class A2bQpNode extends PythonBinaryBuiltinNode {
        @Specialization
        PBytes doDecode(Object data, Object header) {
            return new PBytes(decode(NativeBufferArgs.asciiData(this, data), BinasciiModuleBuiltins.flag(header, false)));
        }
    }
}
