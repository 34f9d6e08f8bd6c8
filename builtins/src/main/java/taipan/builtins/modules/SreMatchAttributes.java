package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.sre.PSreMatch;
import taipan.runtime.sre.SreMatch;
import taipan.runtime.type.BuiltinType;

/** The read-only attributes of {@code re.Match}; {@link SreModuleSetup} wraps each in a property. */
@CoreFunctions(extendClasses = BuiltinType.SRE_MATCH)
public final class SreMatchAttributes {

    private SreMatchAttributes() {
    }

    @Builtin(name = "pos", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class PosNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doIt(PSreMatch self) {
            return self.getMatch().pos();
        }
    }

    @Builtin(name = "endpos", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class EndPosNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doIt(PSreMatch self) {
            return self.getMatch().endpos();
        }
    }

    @Builtin(name = "lastindex", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class LastIndexNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PSreMatch self) {
            int last = self.getMatch().lastindex();
            return last < 0 ? PNone.NONE : (Object) (long) last;
        }
    }

    @Builtin(name = "lastgroup", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class LastGroupNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PSreMatch self) {
            int last = self.getMatch().lastindex();
            Object[] names = self.getPattern().getIndexgroup().getItems();
            return last < 0 || last >= names.length ? PNone.NONE : names[last];
        }
    }

    @Builtin(name = "re", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PSreMatch self) {
            return self.getPattern();
        }
    }

    @Builtin(name = "string", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class StringNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PSreMatch self) {
            return self.getString();
        }
    }

    @Builtin(name = "regs", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class RegsNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static PTuple doIt(PSreMatch self) {
            SreMatch m = self.getMatch();
            Object[] regs = new Object[m.groupCount()];
            for (int g = 0; g < regs.length; g++) {
                regs[g] = SrePatternBuiltins.pair(m.start(g), m.end(g));
            }
            return new PTuple(regs);
        }
    }
}
