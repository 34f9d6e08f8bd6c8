package taipan.builtins.modules;

import java.math.BigInteger;

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
import taipan.runtime.dict.DictStorage;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.Repr;
import taipan.runtime.sre.PSreMatch;
import taipan.runtime.sre.SreMatch;
import taipan.runtime.str.StrCodePoints;
import taipan.runtime.type.BuiltinType;

/** {@code re.Match}: groups by number or name, their spans, and template expansion. */
@CoreFunctions(extendClasses = BuiltinType.SRE_MATCH)
public final class SreMatchBuiltins {

    private SreMatchBuiltins() {
    }

    /** match_getindex: an int (or __index__) or a group name; IndexError "no such group" otherwise. */
    @TruffleBoundary
    static int index(Node node, PSreMatch m, Object group) {
        if (group == PNone.NO_VALUE) {
            return 0;
        }
        long i = -1;
        if (SreArgs.hasIndex(node, group)) {
            Object v = NumberArgs.index(node, group);
            i = v instanceof Long l ? l : ((BigInteger) v).signum() < 0 ? -1 : Long.MAX_VALUE;
        } else {
            PDict names = m.getPattern().getGroupindex();
            var mode = TaipanLanguage.get(node).threadingMode();
            Object found = names.getStorage().get(mode, new BuiltinEquality(mode), group);
            if (found instanceof Long l) {
                i = l;
            }
        }
        if (i < 0 || i >= m.getMatch().groupCount()) {
            throw PythonErrors.raise(node, BuiltinType.INDEX_ERROR, "no such group");
        }
        return (int) i;
    }

    @Builtin(name = "group", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class GroupNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PSreMatch self, Object args) {
            Object[] groups = ((PTuple) args).getItems();
            if (groups.length == 0) {
                return SreArgs.group(self, 0, PNone.NONE);
            } else if (groups.length == 1) {
                return SreArgs.group(self, index(this, self, groups[0]), PNone.NONE);
            }
            Object[] result = new Object[groups.length];
            for (int i = 0; i < groups.length; i++) {
                result[i] = SreArgs.group(self, index(this, self, groups[i]), PNone.NONE);
            }
            return new PTuple(result);
        }
    }

    @Builtin(name = "__getitem__", parameterNames = {"self", "group"}, minNumOfPositionalArgs = 2)
    abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PSreMatch self, Object group) {
            return SreArgs.group(self, index(this, self, group), PNone.NONE);
        }
    }

    @Builtin(name = "groups", parameterNames = {"self", "default"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class GroupsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static PTuple doIt(PSreMatch self, Object dflt) {
            Object absent = dflt == PNone.NO_VALUE ? PNone.NONE : dflt;
            Object[] result = new Object[self.getMatch().groupCount() - 1];
            for (int g = 1; g <= result.length; g++) {
                result[g - 1] = SreArgs.group(self, g, absent);
            }
            return new PTuple(result);
        }
    }

    @Builtin(name = "groupdict", parameterNames = {"self", "default"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class GroupDictNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        PDict doIt(PSreMatch self, Object dflt) {
            Object absent = dflt == PNone.NO_VALUE ? PNone.NONE : dflt;
            var mode = TaipanLanguage.get(this).threadingMode();
            BuiltinEquality ops = new BuiltinEquality(mode);
            PDict result = new PDict();
            DictStorage storage = result.getStorage();
            Object[] keys = self.getPattern().getGroupindex().getStorage().snapshot(mode)[0];
            for (Object key : keys) {
                storage.put(mode, ops, key, SreArgs.group(self, index(this, self, key), absent));
            }
            return result;
        }
    }

    @Builtin(name = "start", parameterNames = {"self", "group"}, minNumOfPositionalArgs = 1)
    abstract static class StartNode extends PythonBinaryBuiltinNode {
        @Specialization
        long doIt(PSreMatch self, Object group) {
            return self.getMatch().start(index(this, self, group));
        }
    }

    @Builtin(name = "end", parameterNames = {"self", "group"}, minNumOfPositionalArgs = 1)
    abstract static class EndNode extends PythonBinaryBuiltinNode {
        @Specialization
        long doIt(PSreMatch self, Object group) {
            return self.getMatch().end(index(this, self, group));
        }
    }

    @Builtin(name = "span", parameterNames = {"self", "group"}, minNumOfPositionalArgs = 1)
    abstract static class SpanNode extends PythonBinaryBuiltinNode {
        @Specialization
        PTuple doIt(PSreMatch self, Object group) {
            int g = index(this, self, group);
            return SrePatternBuiltins.pair(self.getMatch().start(g), self.getMatch().end(g));
        }
    }

    @Builtin(name = "expand", parameterNames = {"self", "template"}, minNumOfPositionalArgs = 2, positionalOnly = false)
    abstract static class ExpandNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PSreMatch self, Object template) {
            return SreSubstitution.expand(this, self, template);
        }
    }

    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static TruffleString doIt(PSreMatch self) {
            SreMatch m = self.getMatch();
            String group = SreArgs.cut(Repr.repr(SreArgs.group(self, 0, PNone.NONE)), 50);
            return StrCodePoints.of("<re.Match object; span=(" + m.start(0) + ", " + m.end(0) + "), match=" + group + ">");
        }
    }

    @Builtin(name = "__copy__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PSreMatch self) {
            return self;
        }
    }

    @Builtin(name = "__deepcopy__", parameterNames = {"self", "memo"}, minNumOfPositionalArgs = 2)
    abstract static class DeepCopyNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PSreMatch self, @SuppressWarnings("unused") Object memo) {
            return self;
        }
    }
}
