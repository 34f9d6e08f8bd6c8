package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.object.Repr;
import taipan.runtime.object.UncachedCalls;
import taipan.runtime.sre.PSrePattern;
import taipan.runtime.sre.SreConstants;
import taipan.runtime.str.StrCodePoints;
import taipan.runtime.type.BuiltinType;

/** {@code re.Pattern}'s repr, equality, hash and copying (a pattern is immutable: copies are itself). */
@CoreFunctions(extendClasses = BuiltinType.SRE_PATTERN)
public final class SrePatternDunderBuiltins {

    private SrePatternDunderBuiltins() {
    }

    private static final String[] FLAG_NAMES = {"re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL",
                    "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};
    private static final int[] FLAG_VALUES = {SreConstants.FLAG_IGNORECASE, SreConstants.FLAG_LOCALE,
                    SreConstants.FLAG_MULTILINE, SreConstants.FLAG_DOTALL, SreConstants.FLAG_UNICODE,
                    SreConstants.FLAG_VERBOSE, SreConstants.FLAG_DEBUG, SreConstants.FLAG_ASCII};

    /** pattern_repr: {@code re.compile('a+', re.IGNORECASE)}, re.UNICODE left out where it is the default. */
    @TruffleBoundary
    static String repr(PSrePattern p) {
        int flags = p.getFlags();
        int charset = SreConstants.FLAG_LOCALE | SreConstants.FLAG_UNICODE | SreConstants.FLAG_ASCII;
        if (p.getKind() == PSrePattern.Kind.STR && (flags & charset) == SreConstants.FLAG_UNICODE) {
            flags &= ~SreConstants.FLAG_UNICODE;
        }
        String source = SreArgs.cut(Repr.repr(p.getPattern()), 200);
        if (flags == 0) {
            return "re.compile(" + source + ")";
        }
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((flags & FLAG_VALUES[i]) != 0) {
                names.append(names.isEmpty() ? "" : "|").append(FLAG_NAMES[i]);
                flags &= ~FLAG_VALUES[i];
            }
        }
        if (flags != 0) {
            names.append(names.isEmpty() ? "" : "|").append("0x").append(Integer.toHexString(flags));
        }
        return "re.compile(" + source + ", " + names + ")";
    }

    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static TruffleString doIt(PSrePattern self) {
            return StrCodePoints.of(repr(self));
        }
    }

    @TruffleBoundary
    static boolean equal(PSrePattern a, PSrePattern b) {
        return a == b || (a.getFlags() == b.getFlags() && a.getKind() == b.getKind() &&
                        a.getEngine().sameCode(b.getEngine()) && UncachedCalls.compare(a.getPattern(), b.getPattern(), "=="));
    }

    @Builtin(name = "__eq__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doIt(PSrePattern self, PSrePattern other) {
            return equal(self, other);
        }

        @Fallback
        static Object doOther(@SuppressWarnings("unused") Object self, @SuppressWarnings("unused") Object other) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__ne__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean doIt(PSrePattern self, PSrePattern other) {
            return !equal(self, other);
        }

        @Fallback
        static Object doOther(@SuppressWarnings("unused") Object self, @SuppressWarnings("unused") Object other) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__hash__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static long doIt(PSrePattern self) {
            long h = UncachedCalls.hash(self.getPattern()) ^ self.getEngine().codeHash() ^ self.getFlags() ^
                            self.getKind().ordinal();
            return h == -1 ? -2 : h;
        }
    }

    @Builtin(name = "__copy__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PSrePattern self) {
            return self;
        }
    }

    @Builtin(name = "__deepcopy__", parameterNames = {"self", "memo"}, minNumOfPositionalArgs = 2)
    abstract static class DeepCopyNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PSrePattern self, @SuppressWarnings("unused") Object memo) {
            return self;
        }
    }
}
