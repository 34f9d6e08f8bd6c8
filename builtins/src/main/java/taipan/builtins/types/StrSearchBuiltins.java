package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.StrCountNode;
import taipan.runtime.str.StrException;
import taipan.runtime.str.StrFindNode;
import taipan.runtime.str.StrRFindNode;
import taipan.runtime.str.StrReplaceNode;
import taipan.runtime.str.StrTailMatchNode;
import taipan.runtime.type.BuiltinType;

/** The searching methods of {@code str}: find/rfind/index/rindex/count/startswith/endswith/replace. */
@CoreFunctions(extendClasses = BuiltinType.STR)
public final class StrSearchBuiltins {

    private StrSearchBuiltins() {
    }

    @Builtin(name = "find", parameterNames = {"self", "sub", "start", "end"}, minNumOfPositionalArgs = 2)
    abstract static class FindNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        long doFind(TruffleString self, Object sub, Object start, Object end,
                        @Bind Node inliningTarget, @Cached StrFindNode find) {
            return find.execute(inliningTarget, self, StrArgs.str(this, sub, "find", 1), StrArgs.bound(this, start, 0),
                            StrArgs.bound(this, end, Long.MAX_VALUE));
        }
    }

    @Builtin(name = "rfind", parameterNames = {"self", "sub", "start", "end"}, minNumOfPositionalArgs = 2)
    abstract static class RFindNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        long doRFind(TruffleString self, Object sub, Object start, Object end,
                        @Bind Node inliningTarget, @Cached StrRFindNode rfind) {
            return rfind.execute(inliningTarget, self, StrArgs.str(this, sub, "rfind", 1),
                            StrArgs.bound(this, start, 0), StrArgs.bound(this, end, Long.MAX_VALUE));
        }
    }

    @Builtin(name = "index", parameterNames = {"self", "sub", "start", "end"}, minNumOfPositionalArgs = 2)
    abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        long doIndex(TruffleString self, Object sub, Object start, Object end,
                        @Bind Node inliningTarget, @Cached StrFindNode find) {
            int found = find.execute(inliningTarget, self, StrArgs.str(this, sub, "index", 1),
                            StrArgs.bound(this, start, 0), StrArgs.bound(this, end, Long.MAX_VALUE));
            return StrArgs.indexOrRaise(this, found);
        }
    }

    @Builtin(name = "rindex", parameterNames = {"self", "sub", "start", "end"}, minNumOfPositionalArgs = 2)
    abstract static class RIndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        long doRIndex(TruffleString self, Object sub, Object start, Object end,
                        @Bind Node inliningTarget, @Cached StrRFindNode rfind) {
            int found = rfind.execute(inliningTarget, self, StrArgs.str(this, sub, "rindex", 1),
                            StrArgs.bound(this, start, 0), StrArgs.bound(this, end, Long.MAX_VALUE));
            return StrArgs.indexOrRaise(this, found);
        }
    }

    @Builtin(name = "count", parameterNames = {"self", "sub", "start", "end"}, minNumOfPositionalArgs = 2)
    abstract static class CountNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        long doCount(TruffleString self, Object sub, Object start, Object end,
                        @Bind Node inliningTarget, @Cached StrCountNode count) {
            return count.execute(inliningTarget, self, StrArgs.str(this, sub, "count", 1),
                            StrArgs.bound(this, start, 0), StrArgs.bound(this, end, Long.MAX_VALUE));
        }
    }

    @Builtin(name = "startswith", parameterNames = {"self", "prefix", "start", "end"}, minNumOfPositionalArgs = 2)
    abstract static class StartsWithNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        boolean doStartsWith(TruffleString self, Object prefix, Object start, Object end,
                        @Bind Node inliningTarget, @Cached StrTailMatchNode tailMatch) {
            return tailMatch(this, inliningTarget, tailMatch, self, prefix, start, end, false);
        }
    }

    @Builtin(name = "endswith", parameterNames = {"self", "suffix", "start", "end"}, minNumOfPositionalArgs = 2)
    abstract static class EndsWithNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        boolean doEndsWith(TruffleString self, Object suffix, Object start, Object end,
                        @Bind Node inliningTarget, @Cached StrTailMatchNode tailMatch) {
            return tailMatch(this, inliningTarget, tailMatch, self, suffix, start, end, true);
        }
    }

    static boolean tailMatch(Node location, Node inliningTarget, StrTailMatchNode tailMatch, TruffleString self,
                    Object affix, Object start, Object end, boolean suffix) {
        Object match = affix instanceof PTuple t ? t.getItems() : affix;
        try {
            return tailMatch.execute(inliningTarget, self, match, StrArgs.bound(location, start, 0),
                            StrArgs.bound(location, end, Long.MAX_VALUE), suffix);
        } catch (StrException e) {
            throw StrArgs.raise(location, e);
        }
    }

    @Builtin(name = "replace", parameterNames = {"self", "old", "new", "count"}, minNumOfPositionalArgs = 3,
                    positionalOnly = false, positionalOnlyCount = 3)
    abstract static class ReplaceNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        TruffleString doReplace(TruffleString self, Object old, Object replacement, Object count,
                        @Bind Node inliningTarget, @Cached StrReplaceNode replace) {
            try {
                return replace.execute(inliningTarget, self, StrArgs.str(this, old, "replace", 1),
                                StrArgs.str(this, replacement, "replace", 2), StrArgs.integer(this, count, -1));
            } catch (StrException e) {
                throw StrArgs.raise(this, e);
            }
        }
    }
}
