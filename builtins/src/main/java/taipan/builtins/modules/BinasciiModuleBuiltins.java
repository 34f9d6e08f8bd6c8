package taipan.builtins.modules;

import java.io.ByteArrayOutputStream;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.bytes.BytesRepr;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.hash.Checksums;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** The {@code binascii} module (CPython's {@code Modules/binascii.c}): base64, hex and the CRCs. */
@CoreFunctions(defineModule = "binascii")
public final class BinasciiModuleBuiltins {

    private static final byte[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private BinasciiModuleBuiltins() {
    }

    static RuntimeException error(Node node, String message, Object... args) {
        return PythonErrors.raise(node, BuiltinType.BINASCII_ERROR, message, args);
    }

    static boolean flag(Object value, boolean absent) {
        return value == PNone.NO_VALUE ? absent : value == Boolean.TRUE || (value instanceof Long l && l != 0);
    }

    @TruffleBoundary
    static byte[] encodeBase64(byte[] data, boolean newline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 4 / 3 + 4);
        int i = 0;
        for (; i + 2 < data.length; i += 3) {
            int v = ((data[i] & 0xFF) << 16) | ((data[i + 1] & 0xFF) << 8) | (data[i + 2] & 0xFF);
            out.write(ALPHABET[v >>> 18]);
            out.write(ALPHABET[(v >>> 12) & 63]);
            out.write(ALPHABET[(v >>> 6) & 63]);
            out.write(ALPHABET[v & 63]);
        }
        if (i < data.length) {
            int v = (data[i] & 0xFF) << 16 | (i + 1 < data.length ? (data[i + 1] & 0xFF) << 8 : 0);
            out.write(ALPHABET[v >>> 18]);
            out.write(ALPHABET[(v >>> 12) & 63]);
            out.write(i + 1 < data.length ? ALPHABET[(v >>> 6) & 63] : '=');
            out.write('=');
        }
        if (newline) {
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static int base64Value(byte c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        } else if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        } else if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : c == '/' ? 63 : -1;
    }

    /** CPython's {@code binascii_a2b_base64_impl}: skips non-alphabet bytes unless strict, stops at full padding. */
    @TruffleBoundary
    static byte[] decodeBase64(Node node, byte[] ascii, boolean strict) {
        if (strict && ascii.length > 0 && ascii[0] == '=') {
            throw error(node, "Leading padding not allowed");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(ascii.length * 3 / 4);
        int quadPos = 0;
        int left = 0;
        int pads = 0;
        boolean paddingStarted = false;
        for (int i = 0; i < ascii.length; i++) {
            if (ascii[i] == '=') {
                paddingStarted = true;
                if (strict && quadPos == 0) {
                    throw error(node, "Excess padding not allowed");
                }
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strict && i + 1 < ascii.length) {
                        throw error(node, "Excess data after padding");
                    }
                    return out.toByteArray();
                }
                continue;
            }
            int v = base64Value(ascii[i]);
            if (v < 0) {
                if (strict) {
                    throw error(node, "Only base64 data is allowed");
                }
                continue;
            } else if (strict && paddingStarted) {
                throw error(node, "Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quadPos) {
                case 0 -> left = v;
                case 1 -> {
                    out.write((left << 2) | (v >> 4));
                    left = v & 0x0F;
                }
                case 2 -> {
                    out.write((left << 4) | (v >> 2));
                    left = v & 0x03;
                }
                default -> out.write((left << 6) | v);
            }
            quadPos = (quadPos + 1) % 4;
        }
        if (quadPos == 1) {
            throw error(node, "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more " +
                            "than a multiple of 4", out.size() / 3 * 4 + 1);
        } else if (quadPos != 0) {
            throw error(node, "Incorrect padding");
        }
        return out.toByteArray();
    }

    @TruffleBoundary
    static byte[] unhex(Node node, byte[] ascii) {
        if (ascii.length % 2 != 0) {
            throw error(node, "Odd-length string");
        }
        byte[] out = new byte[ascii.length / 2];
        for (int i = 0; i < out.length; i++) {
            int high = Character.digit(ascii[2 * i], 16);
            int low = Character.digit(ascii[2 * i + 1], 16);
            if (high < 0 || low < 0) {
                throw error(node, "Non-hexadecimal digit found");
            }
            out[i] = (byte) ((high << 4) | low);
        }
        return out;
    }

    /** {@code b2a_hex(data, sep, bytes_per_sep)}, as bytes. */
    @TruffleBoundary
    static PBytes hex(Node node, Object data, Object sep, Object perSep) {
        byte[] bytes = NativeBufferArgs.bytes(node, data);
        String s = null;
        if (sep instanceof TruffleString t) {
            s = PyStrings.toJava(t);
        } else if (sep instanceof PBytesLike b) {
            s = new String(b.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } else if (sep != PNone.NO_VALUE) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "sep must be str or bytes.");
        }
        if (s != null && s.length() != 1) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "sep must be length 1.");
        }
        long per = perSep == PNone.NO_VALUE ? 1 : NumberArgs.asLong(node, perSep);
        String text = BytesRepr.hex(bytes, bytes.length, s, (int) per);
        return new PBytes(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Builtin(name = "b2a_base64", parameterNames = "data", minNumOfPositionalArgs = 1, keywordOnlyNames = "newline")
    abstract static class B2aBase64Node extends PythonBinaryBuiltinNode {
        @Specialization
        PBytes doEncode(Object data, Object newline) {
            return new PBytes(encodeBase64(NativeBufferArgs.bytes(this, data), flag(newline, true)));
        }
    }

    @Builtin(name = "a2b_base64", parameterNames = "data", minNumOfPositionalArgs = 1, keywordOnlyNames = "strict_mode")
    abstract static class A2bBase64Node extends PythonBinaryBuiltinNode {
        @Specialization
        PBytes doDecode(Object data, Object strict) {
            return new PBytes(decodeBase64(this, NativeBufferArgs.asciiData(this, data), flag(strict, false)));
        }
    }

    @Builtin(name = "b2a_hex", parameterNames = {"data", "sep", "bytes_per_sep"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class B2aHexNode extends PythonTernaryBuiltinNode {
        @Specialization
        PBytes doHex(Object data, Object sep, Object perSep) {
            return hex(this, data, sep, perSep);
        }
    }

    @Builtin(name = "hexlify", parameterNames = {"data", "sep", "bytes_per_sep"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class HexlifyNode extends PythonTernaryBuiltinNode {
        @Specialization
        PBytes doHex(Object data, Object sep, Object perSep) {
            return hex(this, data, sep, perSep);
        }
    }

    @Builtin(name = "a2b_hex", parameterNames = "hexstr", minNumOfPositionalArgs = 1)
    abstract static class A2bHexNode extends PythonUnaryBuiltinNode {
        @Specialization
        PBytes doUnhex(Object hexstr) {
            return new PBytes(unhex(this, NativeBufferArgs.asciiData(this, hexstr)));
        }
    }

    @Builtin(name = "unhexlify", parameterNames = "hexstr", minNumOfPositionalArgs = 1)
    abstract static class UnhexlifyNode extends PythonUnaryBuiltinNode {
        @Specialization
        PBytes doUnhex(Object hexstr) {
            return new PBytes(unhex(this, NativeBufferArgs.asciiData(this, hexstr)));
        }
    }

    @Builtin(name = "crc32", parameterNames = {"data", "crc"}, minNumOfPositionalArgs = 1)
    abstract static class Crc32Node extends PythonBinaryBuiltinNode {
        @Specialization
        long doCrc(Object data, Object crc) {
            return Checksums.crc32(NativeBufferArgs.bytes(this, data), ZlibArgs.unsigned32(this, crc, 0));
        }
    }

    @Builtin(name = "crc_hqx", parameterNames = {"data", "crc"}, minNumOfPositionalArgs = 2)
    abstract static class CrcHqxNode extends PythonBinaryBuiltinNode {
        @Specialization
        long doCrc(Object data, Object crc) {
            return Checksums.crcHqx(NativeBufferArgs.bytes(this, data), ZlibArgs.unsigned32(this, crc, 0));
        }
    }
}
