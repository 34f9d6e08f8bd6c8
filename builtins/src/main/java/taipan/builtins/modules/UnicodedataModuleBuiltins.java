package taipan.builtins.modules;

import java.text.Normalizer;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.unicode.UnicodeProperties;

/** The {@code unicodedata} module (CPython's {@code Modules/unicodedata.c}) on the JDK's Unicode tables. */
@CoreFunctions(defineModule = "unicodedata")
public final class UnicodedataModuleBuiltins {

    private UnicodedataModuleBuiltins() {
    }

    /** The code point of a one-character str argument of {@code function}. */
    @TruffleBoundary
    static int character(Node node, String function, Object chr) {
        if (chr instanceof TruffleString s) {
            String text = PyStrings.toJava(s);
            if (!text.isEmpty() && text.codePointCount(0, text.length()) == 1) {
                return text.codePointAt(0);
            }
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR,
                            "%s() argument must be a unicode character, not str", function);
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "%s() argument must be a unicode character, not %s",
                        function, PythonErrors.typeName(node, chr));
    }

    static Object orDefault(Node node, Object fallback, String message) {
        if (fallback == PNone.NO_VALUE) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, message);
        }
        return fallback;
    }

    static Normalizer.Form form(Node node, Object form) {
        String name = form instanceof TruffleString s ? PyStrings.toJava(s) : "";
        return switch (name) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "invalid normalization form");
        };
    }

    static String text(Node node, String function, Object value) {
        if (!(value instanceof TruffleString s)) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "%s() argument 2 must be str, not %s", function,
                            PythonErrors.typeName(node, value));
        }
        return PyStrings.toJava(s);
    }

    @Builtin(name = "name", parameterNames = {"chr", "default"}, minNumOfPositionalArgs = 1)
    abstract static class NameNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doName(Object chr, Object fallback) {
            String name = UnicodeProperties.name(character(this, "name", chr));
            return name != null ? PyStrings.of(name) : orDefault(this, fallback, "no such name");
        }
    }

    @Builtin(name = "lookup", parameterNames = "name", minNumOfPositionalArgs = 1)
    abstract static class LookupNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doLookup(Object name) {
            String text = name instanceof TruffleString s ? PyStrings.toJava(s)
                            : name instanceof taipan.runtime.bytes.PBytesLike b ? new String(b.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1)
                            : null;
            if (text == null) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "lookup() argument must be str, not %s",
                                PythonErrors.typeName(this, name));
            }
            int cp = UnicodeProperties.lookup(text);
            if (cp < 0) {
                throw PythonErrors.raise(this, BuiltinType.KEY_ERROR, "undefined character name '%s'", text);
            }
            return PyStrings.of(new String(Character.toChars(cp)));
        }
    }

    @Builtin(name = "category", parameterNames = "chr", minNumOfPositionalArgs = 1)
    abstract static class CategoryNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object chr) {
            return PyStrings.of(UnicodeProperties.category(character(this, "category", chr)));
        }
    }

    @Builtin(name = "bidirectional", parameterNames = "chr", minNumOfPositionalArgs = 1)
    abstract static class BidirectionalNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object chr) {
            return PyStrings.of(UnicodeProperties.bidirectional(character(this, "bidirectional", chr)));
        }
    }

    @Builtin(name = "combining", parameterNames = "chr", minNumOfPositionalArgs = 1)
    abstract static class CombiningNode extends PythonUnaryBuiltinNode {
        @Specialization
        long doIt(Object chr) {
            return UnicodeProperties.combining(character(this, "combining", chr));
        }
    }

    @Builtin(name = "mirrored", parameterNames = "chr", minNumOfPositionalArgs = 1)
    abstract static class MirroredNode extends PythonUnaryBuiltinNode {
        @Specialization
        long doIt(Object chr) {
            return Character.isMirrored(character(this, "mirrored", chr)) ? 1 : 0;
        }
    }

    @Builtin(name = "east_asian_width", parameterNames = "chr", minNumOfPositionalArgs = 1)
    abstract static class EastAsianWidthNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object chr) {
            return PyStrings.of(UnicodeProperties.eastAsianWidth(character(this, "east_asian_width", chr)));
        }
    }

    @Builtin(name = "decimal", parameterNames = {"chr", "default"}, minNumOfPositionalArgs = 1)
    abstract static class DecimalNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object chr, Object fallback) {
            int value = UnicodeProperties.decimal(character(this, "decimal", chr));
            return value >= 0 ? (Object) (long) value : orDefault(this, fallback, "not a decimal");
        }
    }

    @Builtin(name = "digit", parameterNames = {"chr", "default"}, minNumOfPositionalArgs = 1)
    abstract static class DigitNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object chr, Object fallback) {
            int value = UnicodeProperties.digit(character(this, "digit", chr));
            return value >= 0 ? (Object) (long) value : orDefault(this, fallback, "not a digit");
        }
    }

    @Builtin(name = "numeric", parameterNames = {"chr", "default"}, minNumOfPositionalArgs = 1)
    abstract static class NumericNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object chr, Object fallback) {
            double value = UnicodeProperties.numeric(character(this, "numeric", chr));
            return !Double.isNaN(value) ? (Object) value : orDefault(this, fallback, "not a numeric character");
        }
    }

    @Builtin(name = "normalize", parameterNames = {"form", "unistr"}, minNumOfPositionalArgs = 2)
    abstract static class NormalizeNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object form, Object unistr) {
            return PyStrings.of(Normalizer.normalize(text(this, "normalize", unistr), form(this, form)));
        }
    }

    @Builtin(name = "is_normalized", parameterNames = {"form", "unistr"}, minNumOfPositionalArgs = 2)
    abstract static class IsNormalizedNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean doIt(Object form, Object unistr) {
            return Normalizer.isNormalized(text(this, "is_normalized", unistr), form(this, form));
        }
    }

    @Builtin(name = "decomposition", parameterNames = "chr", minNumOfPositionalArgs = 1)
    abstract static class DecompositionNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object chr) {
            return PyStrings.of(UnicodeDecomposition.of(character(this, "decomposition", chr)));
        }
    }
}
