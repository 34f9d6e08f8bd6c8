package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.str.StrCase;
import taipan.runtime.str.StrLowerNode;
import taipan.runtime.str.StrPredicates;
import taipan.runtime.str.StrUpperNode;
import taipan.runtime.type.BuiltinType;

/** The case-mapping and character-class methods of {@code str}, over the str library's Unicode tables. */
@CoreFunctions(extendClasses = BuiltinType.STR)
public final class StrCaseBuiltins {

    private StrCaseBuiltins() {
    }

    @Builtin(name = "upper", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class UpperNode extends PythonUnaryBuiltinNode {
        @Specialization
        static TruffleString doUpper(TruffleString self, @Bind Node inliningTarget, @Cached StrUpperNode upper) {
            return upper.execute(inliningTarget, self);
        }
    }

    @Builtin(name = "lower", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class LowerNode extends PythonUnaryBuiltinNode {
        @Specialization
        static TruffleString doLower(TruffleString self, @Bind Node inliningTarget, @Cached StrLowerNode lower) {
            return lower.execute(inliningTarget, self);
        }
    }

    @Builtin(name = "casefold", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CasefoldNode extends PythonUnaryBuiltinNode {
        @Specialization
        static TruffleString doCasefold(TruffleString self) {
            return StrCase.casefold(self);
        }
    }

    @Builtin(name = "swapcase", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class SwapcaseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static TruffleString doSwapcase(TruffleString self) {
            return StrCase.swapcase(self);
        }
    }

    @Builtin(name = "capitalize", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CapitalizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        static TruffleString doCapitalize(TruffleString self) {
            return StrCase.capitalize(self);
        }
    }

    @Builtin(name = "title", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class TitleNode extends PythonUnaryBuiltinNode {
        @Specialization
        static TruffleString doTitle(TruffleString self) {
            return StrCase.title(self);
        }
    }

    @Builtin(name = "isdigit", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsDigitNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIsDigit(TruffleString self) {
            return StrPredicates.isdigit(self);
        }
    }

    @Builtin(name = "isalpha", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsAlphaNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIsAlpha(TruffleString self) {
            return StrPredicates.isalpha(self);
        }
    }

    @Builtin(name = "isalnum", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsAlnumNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIsAlnum(TruffleString self) {
            return StrPredicates.isalnum(self);
        }
    }

    @Builtin(name = "isspace", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsSpaceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIsSpace(TruffleString self) {
            return StrPredicates.isspace(self);
        }
    }

    @Builtin(name = "isupper", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsUpperNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIsUpper(TruffleString self) {
            return StrPredicates.isupper(self);
        }
    }

    @Builtin(name = "islower", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsLowerNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIsLower(TruffleString self) {
            return StrPredicates.islower(self);
        }
    }

    @Builtin(name = "istitle", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsTitleNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIsTitle(TruffleString self) {
            return StrPredicates.istitle(self);
        }
    }

    @Builtin(name = "isidentifier", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsIdentifierNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIsIdentifier(TruffleString self) {
            return StrPredicates.isidentifier(self);
        }
    }

    @Builtin(name = "isdecimal", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsDecimalNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIsDecimal(TruffleString self) {
            return StrPredicates.isdecimal(self);
        }
    }

    @Builtin(name = "isnumeric", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsNumericNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIsNumeric(TruffleString self) {
            return StrPredicates.isnumeric(self);
        }
    }

    @Builtin(name = "isprintable", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsPrintableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIsPrintable(TruffleString self) {
            return StrPredicates.isprintable(self);
        }
    }

    @Builtin(name = "isascii", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsAsciiNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean doIsAscii(TruffleString self) {
            return StrPredicates.isascii(self);
        }
    }
}
