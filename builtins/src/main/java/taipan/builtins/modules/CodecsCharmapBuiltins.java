package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.bytes.ByteBuilder;
import taipan.runtime.bytes.CodecException;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.codecs.CodePointList;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.str.StrCodePoints;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/**
 * {@code _codecs.charmap_*}: the table-driven codecs of the {@code encodings} package (cp437, koi8_r...). A
 * decoding table is a 256-character str or a mapping; {@code charmap_build} turns a decoding table into the dict
 * the encoder reads (CPython builds an EncodingMap; the lookups are the same).
 */
@CoreFunctions(defineModule = "_codecs")
public final class CodecsCharmapBuiltins {

    private static final String UNDEFINED = "character maps to <undefined>";

    private CodecsCharmapBuiltins() {
    }

    @Builtin(name = "charmap_decode", parameterNames = {"data", "errors", "mapping"}, minNumOfPositionalArgs = 1)
    abstract static class CharmapDecodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            byte[] b = CodecArgs.bytes(this, arguments[0]);
            String errors = CodecArgs.errors(this, arguments[1], "charmap_decode", 2);
            Object mapping = arguments[2];
            if (mapping == PNone.NO_VALUE || mapping == PNone.NONE) {
                return CodecArgs.decoded(CodecsFunctionBuiltins.decodeRange(this, b, 0, b.length, "latin-1", errors), b.length);
            }
            return CodecArgs.decoded(decode(this, b, errors, mapping), b.length);
        }
    }

    @TruffleBoundary
    static int[] decode(Node location, byte[] b, String errors, Object mapping) {
        CodePointList out = new CodePointList(b.length);
        int[] table = mapping instanceof TruffleString s ? StrCodePoints.toArray(s) : null;
        for (int i = 0; i < b.length; i++) {
            int value = b[i] & 0xFF;
            if (table != null) {
                if (value < table.length && table[value] != 0xFFFE) {
                    out.append(table[value]);
                    continue;
                }
            } else if (mapped(location, mapping, value, out)) {
                continue;
            }
            switch (errors) {
                case "ignore" -> {
                }
                case "replace" -> out.append(0xFFFD);
                case "backslashreplace" -> out.appendAscii(String.format("\\x%02x", value));
                default -> throw CodecArgs.raise(location, CodecException.decodeError("charmap", b, i, i + 1, UNDEFINED));
            }
        }
        return out.toArray();
    }

    /** Looks {@code value} up in a mapping decoding table; false when it is undefined there. */
    private static boolean mapped(Node location, Object mapping, int value, CodePointList out) {
        Object item = lookup(location, mapping, value);
        if (item == null || item == PNone.NONE) {
            return false;
        } else if (item instanceof Long cp) {
            if (cp < 0 || cp > 0x10FFFF) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "character mapping must be in range(0x110000)");
            }
            if (cp == 0xFFFE) {
                return false;
            }
            out.append((int) (long) cp);
            return true;
        } else if (item instanceof TruffleString s) {
            int[] cps = StrCodePoints.toArray(s);
            if (cps.length == 1 && cps[0] == 0xFFFE) {
                return false;
            }
            out.append(cps);
            return true;
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "character mapping must return integer, None or str");
    }

    @Builtin(name = "charmap_encode", parameterNames = {"str", "errors", "mapping"}, minNumOfPositionalArgs = 1)
    abstract static class CharmapEncodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            Object mapping = arguments[2];
            if (mapping == PNone.NO_VALUE || mapping == PNone.NONE) {
                return CodecsFunctionBuiltins.encode(this, arguments, "charmap_encode", "latin-1");
            }
            int[] s = CodecArgs.str(this, arguments[0], "charmap_encode", 1);
            String errors = CodecArgs.errors(this, arguments[1], "charmap_encode", 2);
            return CodecArgs.encoded(encode(this, s, errors, mapping), s.length);
        }
    }

    @TruffleBoundary
    static byte[] encode(Node location, int[] s, String errors, Object mapping) {
        ByteBuilder out = new ByteBuilder(s.length);
        for (int i = 0; i < s.length; i++) {
            if (encodeOne(location, s[i], mapping, out)) {
                continue;
            }
            String replacement = switch (errors) {
                case "ignore" -> "";
                case "replace" -> "?";
                case "backslashreplace" -> taipan.runtime.str.StrRepr.backslashEscape(s[i]);
                case "xmlcharrefreplace" -> "&#" + s[i] + ";";
                default -> null;
            };
            if (replacement == null || !encodeAll(location, replacement, mapping, out)) {
                throw CodecArgs.raise(location, CodecException.encodeError("charmap", s, i, i + 1, UNDEFINED));
            }
        }
        return out.toArray();
    }

    private static boolean encodeAll(Node location, String text, Object mapping, ByteBuilder out) {
        for (int k = 0; k < text.length(); k++) {
            if (!encodeOne(location, text.charAt(k), mapping, out)) {
                return false;
            }
        }
        return true;
    }

    private static boolean encodeOne(Node location, int cp, Object mapping, ByteBuilder out) {
        Object item = lookup(location, mapping, cp);
        if (item == null || item == PNone.NONE) {
            return false;
        } else if (item instanceof Long v) {
            if (v < 0 || v > 255) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "character mapping must be in range(256)");
            }
            out.add((int) (long) v);
            return true;
        } else if (item instanceof PBytesLike bytes) {
            byte[] raw = bytes.toByteArray();
            out.add(raw, 0, raw.length);
            return true;
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "character mapping must return integer, bytes or None, not %s",
                        PythonErrors.typeName(location, item));
    }

    /** {@code mapping[key]}, or null when the mapping raises LookupError (the key is undefined). */
    @TruffleBoundary
    private static Object lookup(Node location, Object mapping, int key) {
        if (mapping instanceof PDict dict) {
            ThreadingMode mode = TaipanLanguage.get(location).threadingMode();
            return dict.getStorage().get(mode, new BuiltinEquality(mode), (long) key);
        }
        try {
            Object item = SpecialMethods.callUncached(location, mapping, "__getitem__", new Object[]{(long) key});
            if (item == null) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "'%s' object is not subscriptable",
                                PythonErrors.typeName(location, mapping));
            }
            return item;
        } catch (PException e) {
            if (e.getPythonException().getType().isSubclassOf(TaipanLanguage.get(location).getBuiltinClass(BuiltinType.LOOKUP_ERROR))) {
                return null;
            }
            throw e;
        }
    }

    @Builtin(name = "charmap_build", parameterNames = "map", minNumOfPositionalArgs = 1)
    abstract static class CharmapBuildNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            int[] table = CodecArgs.str(this, arguments[0], "charmap_build", 1);
            ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
            BuiltinEquality ops = new BuiltinEquality(mode);
            PDict result = new PDict();
            for (int i = 0; i < table.length && i < 256; i++) {
                if (table[i] != 0xFFFE && result.getStorage().get(mode, ops, (long) table[i]) == null) {
                    result.getStorage().put(mode, ops, (long) table[i], (long) i);
                }
            }
            return result;
        }
    }
}
