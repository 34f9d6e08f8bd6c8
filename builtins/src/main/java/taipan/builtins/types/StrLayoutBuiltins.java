package taipan.builtins.types;

import java.util.Arrays;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.StrException;
import taipan.runtime.str.StrJoinNode;
import taipan.runtime.str.StrPadding;
import taipan.runtime.str.StrPartition;
import taipan.runtime.str.StrStrip;
import taipan.runtime.str.StrStripNode;
import taipan.runtime.type.BuiltinType;

/** The methods of {@code str} that strip, pad, cut or glue: strip family, *just, zfill, partition, join, ... */
@CoreFunctions(extendClasses = BuiltinType.STR)
public final class StrLayoutBuiltins {

    private StrLayoutBuiltins() {
    }

    @Builtin(name = "strip", parameterNames = {"self", "chars"}, minNumOfPositionalArgs = 1)
    abstract static class StripNode extends PythonBinaryBuiltinNode {
        @Specialization
        TruffleString doStrip(TruffleString self, Object chars, @Bind Node inliningTarget, @Cached StrStripNode strip) {
            return strip.execute(inliningTarget, self, StrArgs.optionalStr(this, chars, "strip"), StrStripNode.BOTH);
        }
    }

    @Builtin(name = "lstrip", parameterNames = {"self", "chars"}, minNumOfPositionalArgs = 1)
    abstract static class LStripNode extends PythonBinaryBuiltinNode {
        @Specialization
        TruffleString doStrip(TruffleString self, Object chars, @Bind Node inliningTarget, @Cached StrStripNode strip) {
            return strip.execute(inliningTarget, self, StrArgs.optionalStr(this, chars, "lstrip"), StrStripNode.LEFT);
        }
    }

    @Builtin(name = "rstrip", parameterNames = {"self", "chars"}, minNumOfPositionalArgs = 1)
    abstract static class RStripNode extends PythonBinaryBuiltinNode {
        @Specialization
        TruffleString doStrip(TruffleString self, Object chars, @Bind Node inliningTarget, @Cached StrStripNode strip) {
            return strip.execute(inliningTarget, self, StrArgs.optionalStr(this, chars, "rstrip"), StrStripNode.RIGHT);
        }
    }

    @Builtin(name = "removeprefix", parameterNames = {"self", "prefix"}, minNumOfPositionalArgs = 2)
    abstract static class RemovePrefixNode extends PythonBinaryBuiltinNode {
        @Specialization
        TruffleString doRemove(TruffleString self, Object prefix) {
            return StrStrip.removeprefix(self, StrArgs.bareStr(this, prefix, "removeprefix() argument "));
        }
    }

    @Builtin(name = "removesuffix", parameterNames = {"self", "suffix"}, minNumOfPositionalArgs = 2)
    abstract static class RemoveSuffixNode extends PythonBinaryBuiltinNode {
        @Specialization
        TruffleString doRemove(TruffleString self, Object suffix) {
            return StrStrip.removesuffix(self, StrArgs.bareStr(this, suffix, "removesuffix() argument "));
        }
    }

    @Builtin(name = "center", parameterNames = {"self", "width", "fillchar"}, minNumOfPositionalArgs = 2)
    abstract static class CenterNode extends PythonTernaryBuiltinNode {
        @Specialization
        TruffleString doCenter(TruffleString self, Object width, Object fillchar) {
            try {
                return StrPadding.center(self, StrArgs.integer(this, width, 0), StrArgs.fillChar(this, fillchar, null));
            } catch (StrException e) {
                throw StrArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "ljust", parameterNames = {"self", "width", "fillchar"}, minNumOfPositionalArgs = 2)
    abstract static class LJustNode extends PythonTernaryBuiltinNode {
        @Specialization
        TruffleString doLJust(TruffleString self, Object width, Object fillchar) {
            try {
                return StrPadding.ljust(self, StrArgs.integer(this, width, 0), StrArgs.fillChar(this, fillchar, null));
            } catch (StrException e) {
                throw StrArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "rjust", parameterNames = {"self", "width", "fillchar"}, minNumOfPositionalArgs = 2)
    abstract static class RJustNode extends PythonTernaryBuiltinNode {
        @Specialization
        TruffleString doRJust(TruffleString self, Object width, Object fillchar) {
            try {
                return StrPadding.rjust(self, StrArgs.integer(this, width, 0), StrArgs.fillChar(this, fillchar, null));
            } catch (StrException e) {
                throw StrArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "zfill", parameterNames = {"self", "width"}, minNumOfPositionalArgs = 2)
    abstract static class ZFillNode extends PythonBinaryBuiltinNode {
        @Specialization
        TruffleString doZFill(TruffleString self, Object width) {
            try {
                return StrPadding.zfill(self, StrArgs.integer(this, width, 0));
            } catch (StrException e) {
                throw StrArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "expandtabs", parameterNames = {"self", "tabsize"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class ExpandTabsNode extends PythonBinaryBuiltinNode {
        @Specialization
        TruffleString doExpand(TruffleString self, Object tabsize) {
            try {
                return StrPadding.expandtabs(self, StrArgs.integer(this, tabsize, 8));
            } catch (StrException e) {
                throw StrArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "partition", parameterNames = {"self", "sep"}, minNumOfPositionalArgs = 2)
    abstract static class PartitionNode extends PythonBinaryBuiltinNode {
        @Specialization
        PTuple doPartition(TruffleString self, Object sep) {
            try {
                return new PTuple(StrPartition.partition(self, StrArgs.bareStr(this, sep, "")));
            } catch (StrException e) {
                throw StrArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "rpartition", parameterNames = {"self", "sep"}, minNumOfPositionalArgs = 2)
    abstract static class RPartitionNode extends PythonBinaryBuiltinNode {
        @Specialization
        PTuple doRPartition(TruffleString self, Object sep) {
            try {
                return new PTuple(StrPartition.rpartition(self, StrArgs.bareStr(this, sep, "")));
            } catch (StrException e) {
                throw StrArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "join", parameterNames = {"self", "iterable"}, minNumOfPositionalArgs = 2)
    abstract static class JoinNode extends PythonBinaryBuiltinNode {
        @Specialization
        TruffleString doTuple(TruffleString self, PTuple items, @Bind Node inliningTarget,
                        @Cached.Shared @Cached StrJoinNode join) {
            Object[] array = items.getItems();
            return joinItems(inliningTarget, join, self, array, array.length);
        }

        @Specialization(guards = "!isTuple(iterable)")
        TruffleString doIterable(TruffleString self, Object iterable, @Bind Node inliningTarget,
                        @Cached.Shared @Cached StrJoinNode join,
                        @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next) {
            Object iterator;
            try {
                iterator = getIter.execute(iterable);
            } catch (PException e) {
                if (PythonErrors.isNotIterable(e)) {
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "can only join an iterable");
                }
                throw e;
            }
            Object[] items = new Object[8];
            int count = 0;
            for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
                if (count == items.length) {
                    items = Arrays.copyOf(items, count * 2);
                }
                items[count++] = item;
            }
            return joinItems(inliningTarget, join, self, items, count);
        }

        private TruffleString joinItems(Node inliningTarget, StrJoinNode join, TruffleString sep, Object[] items,
                        int count) {
            try {
                return join.execute(inliningTarget, sep, items, count);
            } catch (StrException e) {
                throw StrArgs.raise(this, e);
            }
        }

        static boolean isTuple(Object value) {
            return value instanceof PTuple;
        }
    }
}
