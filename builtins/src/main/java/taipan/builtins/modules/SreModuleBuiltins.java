package taipan.builtins.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.builtins.functions.NumberArgs;
import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.sre.PSrePattern;
import taipan.runtime.sre.PSreTemplate;
import taipan.runtime.sre.SreChars;
import taipan.runtime.sre.SreConstants;
import taipan.runtime.sre.SreException;
import taipan.runtime.sre.SrePattern;
import taipan.runtime.sre.SreTemplate;
import taipan.runtime.str.StrCodePoints;
import taipan.runtime.type.BuiltinType;

/** The {@code _sre} module (CPython's {@code Modules/_sre/sre.c}): compiling code from re._compiler, case helpers. */
@CoreFunctions(defineModule = "_sre")
public final class SreModuleBuiltins {

    private SreModuleBuiltins() {
    }

    /** MAGIC, CODESIZE, MAXREPEAT, MAXGROUPS and the copyright line. */
    public static Map<String, Object> constants() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("MAGIC", (long) SreConstants.MAGIC);
        result.put("CODESIZE", (long) SreConstants.CODESIZE);
        result.put("MAXREPEAT", SreConstants.MAXREPEAT);
        result.put("MAXGROUPS", SreConstants.MAXGROUPS);
        result.put("copyright", StrCodePoints.of(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
        return result;
    }

    @Builtin(name = "compile", parameterNames = {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"},
                    minNumOfPositionalArgs = 6, positionalOnly = false)
    abstract static class CompileNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doCompile(Object[] args) {
            return compile(this, args[0], NumberArgs.asLong(this, args[1]), args[2], NumberArgs.asLong(this, args[3]),
                            args[4], args[5]);
        }
    }

    @TruffleBoundary
    static PSrePattern compile(Node node, Object pattern, long flags, Object code, long groups, Object groupindex,
                    Object indexgroup) {
        if (!(code instanceof PList list)) {
            throw argumentType(node, "compile", 3, "list", code);
        }
        if (!(groupindex instanceof PDict dict)) {
            throw argumentType(node, "compile", 5, "dict", groupindex);
        }
        if (!(indexgroup instanceof PTuple tuple)) {
            throw argumentType(node, "compile", 6, "tuple", indexgroup);
        }
        Object[] items = list.getStorage().toArray(TaipanLanguage.get(node).threadingMode());
        long[] words = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            Object word = NumberArgs.index(node, items[i]);
            words[i] = word instanceof Long l ? l : -1;
        }
        PSrePattern.Kind kind = kindOf(node, pattern);
        try {
            SrePattern engine = SrePattern.create(words, groups, (int) flags);
            return new PSrePattern(TaipanLanguage.get(node).getBuiltinClass(BuiltinType.SRE_PATTERN).getInstanceShape(),
                            engine, pattern, kind, dict, tuple);
        } catch (SreException e) {
            throw SreArgs.engineError(node, e);
        }
    }

    private static PSrePattern.Kind kindOf(Node node, Object pattern) {
        if (pattern == PNone.NONE) {
            return PSrePattern.Kind.UNKNOWN;
        } else if (PBuiltinSubclassObject.unwrap(pattern) instanceof TruffleString) {
            return PSrePattern.Kind.STR;
        } else if (SreArgs.bytesOrNull(pattern) != null) {
            return PSrePattern.Kind.BYTES;
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "expected string or bytes-like object, got '%s'",
                        PythonErrors.typeName(node, pattern));
    }

    static RuntimeException argumentType(Node node, String function, int position, String expected, Object got) {
        return PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "%s() argument %d must be %s, not %s", function,
                        position, expected, PythonErrors.typeName(node, got));
    }

    @Builtin(name = "template", parameterNames = {"pattern", "template"}, minNumOfPositionalArgs = 2)
    abstract static class TemplateNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doTemplate(Object pattern, Object template) {
            return template(this, pattern, template);
        }
    }

    /** {@code _sre.template(pattern, [literal, group, literal, ...])}: literals of the pattern's kind. */
    @TruffleBoundary
    static PSreTemplate template(Node node, Object pattern, Object template) {
        if (!(template instanceof PList list)) {
            throw argumentType(node, "template", 2, "list", template);
        }
        Object[] items = list.getStorage().toArray(TaipanLanguage.get(node).threadingMode());
        if ((items.length & 1) == 0) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "invalid template");
        }
        PSrePattern.Kind kind = pattern instanceof PSrePattern p ? p.getKind() : PSrePattern.Kind.UNKNOWN;
        List<int[]> literals = new ArrayList<>();
        long[] indices = new long[items.length / 2];
        Object mismatch = null;
        for (int i = 0; i < items.length; i++) {
            if ((i & 1) == 1) {
                Object index = NumberArgs.index(node, items[i]);
                indices[i / 2] = index instanceof Long l ? l : Long.MAX_VALUE;
                continue;
            }
            int[] units = literalUnits(items[i], kind);
            if (units == null && mismatch == null) {
                mismatch = items[i];
            }
            literals.add(units == null || units.length == 0 ? null : units);
        }
        try {
            SreTemplate compiled = SreTemplate.create(literals, indices);
            return new PSreTemplate(TaipanLanguage.get(node).getBuiltinClass(BuiltinType.SRE_TEMPLATE).getInstanceShape(),
                            compiled, items[0], mismatch);
        } catch (SreException e) {
            throw SreArgs.engineError(node, e);
        }
    }

    /** A literal's code units, or null when it is not of the pattern's kind. */
    private static int[] literalUnits(Object literal, PSrePattern.Kind kind) {
        Object v = PBuiltinSubclassObject.unwrap(literal);
        if (v instanceof TruffleString s) {
            return kind == PSrePattern.Kind.BYTES ? null : StrCodePoints.toArray(s);
        }
        byte[] bytes = SreArgs.bytesOrNull(v);
        return bytes == null || kind == PSrePattern.Kind.STR ? null : SrePattern.bytes(bytes);
    }

    @Builtin(name = "getcodesize")
    abstract static class GetCodeSizeNode extends PythonVarargsBuiltinNode {
        @Specialization
        static long doSize(@SuppressWarnings("unused") Object[] args) {
            return SreConstants.CODESIZE;
        }
    }

    static int character(Node node, Object value) {
        long c = NumberArgs.asLong(node, value);
        if (c < Integer.MIN_VALUE || c > Integer.MAX_VALUE) {
            throw PythonErrors.raise(node, BuiltinType.OVERFLOW_ERROR, c < 0 ? "signed integer is less than minimum"
                            : "signed integer is greater than maximum");
        }
        return (int) c;
    }

    @Builtin(name = "ascii_iscased", parameterNames = "character", minNumOfPositionalArgs = 1)
    abstract static class AsciiIsCasedNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(Object ch) {
            return SreChars.asciiIsCased(character(this, ch));
        }
    }

    @Builtin(name = "unicode_iscased", parameterNames = "character", minNumOfPositionalArgs = 1)
    abstract static class UnicodeIsCasedNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(Object ch) {
            return SreChars.unicodeIsCased(character(this, ch));
        }
    }

    @Builtin(name = "ascii_tolower", parameterNames = "character", minNumOfPositionalArgs = 1)
    abstract static class AsciiToLowerNode extends PythonUnaryBuiltinNode {
        @Specialization
        long doIt(Object ch) {
            return SreChars.lowerAscii(character(this, ch));
        }
    }

    @Builtin(name = "unicode_tolower", parameterNames = "character", minNumOfPositionalArgs = 1)
    abstract static class UnicodeToLowerNode extends PythonUnaryBuiltinNode {
        @Specialization
        long doIt(Object ch) {
            return SreChars.lowerUnicode(character(this, ch));
        }
    }
}
