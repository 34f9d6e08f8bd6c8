package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.bytes.BytesOps;
import taipan.runtime.bytes.BytesRepr;
import taipan.runtime.bytes.BytesText;
import taipan.runtime.bytes.CodecDecoder;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.str.StrCodePoints;
import taipan.runtime.str.StrException;
import taipan.runtime.type.BuiltinType;

/** The text-like methods shared by {@code bytes} and {@code bytearray}: decode, hex, ASCII case and layout. */
@CoreFunctions(extendClasses = {BuiltinType.BYTES, BuiltinType.BYTEARRAY})
public final class BytesTextBuiltins {

    private BytesTextBuiltins() {
    }

    @Builtin(name = "decode", parameterNames = {"self", "encoding", "errors"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class DecodeNode extends PythonTernaryBuiltinNode {
        @Specialization
        TruffleString doDecode(PBytesLike self, Object encoding, Object errors) {
            String enc = BytesArgs.text(this, encoding, "decode", "encoding", "utf-8");
            String err = BytesArgs.text(this, errors, "decode", "errors", "strict");
            return decode(this, self.toByteArray(), enc, err);
        }
    }

    /** {@code bytes.decode}, also behind {@code str(b, encoding, errors)}. */
    @TruffleBoundary
    static TruffleString decode(Node location, byte[] bytes, String encoding, String errors) {
        try {
            return StrCodePoints.fromArray(CodecDecoder.decode(bytes, bytes.length, encoding, errors));
        } catch (StrException e) {
            if (taipan.builtins.modules.CodecsModuleBuiltins.isUnknownEncoding(e)) {
                return taipan.builtins.modules.CodecsModuleBuiltins.decodeBytes(location, bytes, encoding, errors);
            }
            throw BytesArgs.raise(location, e);
        }
    }

    @Builtin(name = "hex", parameterNames = {"self", "sep", "bytes_per_sep"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class HexNode extends PythonTernaryBuiltinNode {
        @Specialization
        TruffleString doHex(PBytesLike self, Object sep, Object perSep) {
            String s = null;
            if (sep instanceof TruffleString t) {
                s = t.toJavaStringUncached();
            } else if (sep instanceof PBytesLike b) {
                s = new String(b.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
            } else if (sep != PNone.NO_VALUE) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "sep must be str or bytes.");
            }
            if (s != null && s.length() != 1) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "sep must be length 1.");
            }
            long per = StrArgs.integer(this, perSep, 1);
            return PyStrings.of(BytesRepr.hex(self.toByteArray(), self.length(), s, (int) per));
        }
    }

    abstract static class CaseNode extends PythonUnaryBuiltinNode {
        final Object map(PBytesLike self, int kind) {
            byte[] a = self.toByteArray();
            return BytesOps.wrap(self, BytesText.mapCase(a, a.length, kind));
        }
    }

    @Builtin(name = "lower", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class LowerNode extends CaseNode {
        @Specialization
        Object doIt(PBytesLike self) {
            return map(self, 0);
        }
    }

    @Builtin(name = "upper", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class UpperNode extends CaseNode {
        @Specialization
        Object doIt(PBytesLike self) {
            return map(self, 1);
        }
    }

    @Builtin(name = "swapcase", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class SwapcaseNode extends CaseNode {
        @Specialization
        Object doIt(PBytesLike self) {
            return map(self, 2);
        }
    }

    @Builtin(name = "capitalize", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CapitalizeNode extends CaseNode {
        @Specialization
        Object doIt(PBytesLike self) {
            return map(self, 3);
        }
    }

    @Builtin(name = "title", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class TitleNode extends CaseNode {
        @Specialization
        Object doIt(PBytesLike self) {
            return map(self, 4);
        }
    }

    abstract static class PredicateNode extends PythonUnaryBuiltinNode {
        static boolean test(PBytesLike self, String kind) {
            byte[] a = self.toByteArray();
            return BytesText.is(a, a.length, kind);
        }
    }

    @Builtin(name = "isalnum", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsAlnumNode extends PredicateNode {
        @Specialization
        static boolean doIt(PBytesLike self) {
            return test(self, "alnum");
        }
    }

    @Builtin(name = "isalpha", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsAlphaNode extends PredicateNode {
        @Specialization
        static boolean doIt(PBytesLike self) {
            return test(self, "alpha");
        }
    }

    @Builtin(name = "isdigit", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsDigitNode extends PredicateNode {
        @Specialization
        static boolean doIt(PBytesLike self) {
            return test(self, "digit");
        }
    }

    @Builtin(name = "islower", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsLowerNode extends PredicateNode {
        @Specialization
        static boolean doIt(PBytesLike self) {
            return test(self, "lower");
        }
    }

    @Builtin(name = "isupper", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsUpperNode extends PredicateNode {
        @Specialization
        static boolean doIt(PBytesLike self) {
            return test(self, "upper");
        }
    }

    @Builtin(name = "isspace", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsSpaceNode extends PredicateNode {
        @Specialization
        static boolean doIt(PBytesLike self) {
            return test(self, "space");
        }
    }

    @Builtin(name = "istitle", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsTitleNode extends PredicateNode {
        @Specialization
        static boolean doIt(PBytesLike self) {
            return test(self, "title");
        }
    }

    @Builtin(name = "isascii", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsAsciiNode extends PredicateNode {
        @Specialization
        static boolean doIt(PBytesLike self) {
            return test(self, "ascii");
        }
    }

    static Object strip(Node node, PBytesLike self, Object chars, int which) {
        byte[] c = BytesArgs.optionalBytes(node, chars);
        byte[] a = self.toByteArray();
        return BytesOps.wrap(self, BytesText.strip(a, a.length, c, which));
    }

    @Builtin(name = "strip", parameterNames = {"self", "bytes"}, minNumOfPositionalArgs = 1)
    abstract static class StripNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PBytesLike self, Object chars) {
            return strip(this, self, chars, 0);
        }
    }

    @Builtin(name = "lstrip", parameterNames = {"self", "bytes"}, minNumOfPositionalArgs = 1)
    abstract static class LStripNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PBytesLike self, Object chars) {
            return strip(this, self, chars, 1);
        }
    }

    @Builtin(name = "rstrip", parameterNames = {"self", "bytes"}, minNumOfPositionalArgs = 1)
    abstract static class RStripNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PBytesLike self, Object chars) {
            return strip(this, self, chars, 2);
        }
    }

    static Object pad(Node node, PBytesLike self, Object width, Object fill, int where) {
        long w = StrArgs.integer(node, width, 0);
        int f = ' ';
        if (fill instanceof PBytesLike b && b.length() == 1) {
            f = b.get(0);
        } else if (fill != PNone.NO_VALUE) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR,
                            "%s() argument 2 must be a byte string of length 1, not %s",
                            where == 0 ? "center" : where == 1 ? "ljust" : "rjust", PythonErrors.typeName(node, fill));
        }
        byte[] a = self.toByteArray();
        return BytesOps.wrap(self, BytesText.pad(a, a.length, w, f, where));
    }

    @Builtin(name = "center", parameterNames = {"self", "width", "fillchar"}, minNumOfPositionalArgs = 2)
    abstract static class CenterNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(PBytesLike self, Object width, Object fill) {
            return pad(this, self, width, fill, 0);
        }
    }

    @Builtin(name = "ljust", parameterNames = {"self", "width", "fillchar"}, minNumOfPositionalArgs = 2)
    abstract static class LJustNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(PBytesLike self, Object width, Object fill) {
            return pad(this, self, width, fill, 1);
        }
    }

    @Builtin(name = "rjust", parameterNames = {"self", "width", "fillchar"}, minNumOfPositionalArgs = 2)
    abstract static class RJustNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(PBytesLike self, Object width, Object fill) {
            return pad(this, self, width, fill, 2);
        }
    }

    @Builtin(name = "zfill", parameterNames = {"self", "width"}, minNumOfPositionalArgs = 2)
    abstract static class ZFillNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PBytesLike self, Object width) {
            byte[] a = self.toByteArray();
            return BytesOps.wrap(self, BytesText.zfill(a, a.length, StrArgs.integer(this, width, 0)));
        }
    }

    @Builtin(name = "expandtabs", parameterNames = {"self", "tabsize"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class ExpandTabsNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PBytesLike self, Object tabsize) {
            byte[] a = self.toByteArray();
            return BytesOps.wrap(self, BytesText.expandtabs(a, a.length, StrArgs.integer(this, tabsize, 8)));
        }
    }

    @Builtin(name = "removeprefix", parameterNames = {"self", "prefix"}, minNumOfPositionalArgs = 2)
    abstract static class RemovePrefixNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PBytesLike self, Object prefix) {
            byte[] p = BytesArgs.bytesLike(this, prefix);
            byte[] a = self.toByteArray();
            boolean match = a.length >= p.length && java.util.Arrays.equals(a, 0, p.length, p, 0, p.length);
            return BytesOps.wrap(self, match ? java.util.Arrays.copyOfRange(a, p.length, a.length) : a);
        }
    }

    @Builtin(name = "removesuffix", parameterNames = {"self", "suffix"}, minNumOfPositionalArgs = 2)
    abstract static class RemoveSuffixNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PBytesLike self, Object suffix) {
            byte[] p = BytesArgs.bytesLike(this, suffix);
            byte[] a = self.toByteArray();
            int k = a.length - p.length;
            boolean match = p.length > 0 && k >= 0 && java.util.Arrays.equals(a, k, a.length, p, 0, p.length);
            return BytesOps.wrap(self, match ? java.util.Arrays.copyOf(a, k) : a);
        }
    }

    @Builtin(name = "translate", parameterNames = {"self", "table", "delete"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false)
    abstract static class TranslateNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(PBytesLike self, Object table, Object delete) {
            byte[] t = table == PNone.NONE ? null : BytesArgs.bytesLike(this, table);
            if (t != null && t.length != 256) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR,
                                "translation table must be 256 characters long");
            }
            byte[] d = delete == PNone.NO_VALUE ? new byte[0] : BytesArgs.bytesLike(this, delete);
            boolean[] deleted = new boolean[256];
            for (byte b : d) {
                deleted[b & 0xFF] = true;
            }
            byte[] a = self.toByteArray();
            taipan.runtime.bytes.ByteBuilder out = new taipan.runtime.bytes.ByteBuilder(a.length);
            for (byte b : a) {
                if (!deleted[b & 0xFF]) {
                    out.add(t == null ? b & 0xFF : t[b & 0xFF] & 0xFF);
                }
            }
            return BytesOps.wrap(self, out.toArray());
        }
    }

    @Builtin(name = "maketrans", parameterNames = {"frm", "to"}, minNumOfPositionalArgs = 2, staticMethod = true)
    abstract static class MakeTransNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object frm, Object to) {
            byte[] f = BytesArgs.bytesLike(this, frm);
            byte[] t = BytesArgs.bytesLike(this, to);
            if (f.length != t.length) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < f.length; i++) {
                table[f[i] & 0xFF] = t[i];
            }
            return new PBytes(table);
        }
    }
}
