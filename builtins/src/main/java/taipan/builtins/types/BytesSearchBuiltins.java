package taipan.builtins.types;

import java.util.Arrays;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.bytes.BytesOps;
import taipan.runtime.bytes.BytesText;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** The searching, splitting and joining methods shared by {@code bytes} and {@code bytearray}. */
@CoreFunctions(extendClasses = {BuiltinType.BYTES, BuiltinType.BYTEARRAY})
public final class BytesSearchBuiltins {

    private BytesSearchBuiltins() {
    }

    /** find (0), rfind (1), index (2), rindex (3), count (4) over {@code self[start:end]}. */
    static long search(PythonQuaternaryBuiltinNode node, int kind, PBytesLike self, Object sub, Object start,
                    Object end) {
        byte[] needle = BytesArgs.needle(node, sub);
        int[] r = BytesArgs.range(node, self, start, end);
        byte[] a = self.array();
        int n = self.length();
        if (kind == 4) {
            return BytesOps.count(a, n, needle, r[0], r[1]);
        }
        int found = kind % 2 == 0 ? BytesOps.find(a, n, needle, r[0], r[1]) : BytesOps.rfind(a, n, needle, r[0], r[1]);
        if (found < 0 && kind >= 2) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "subsection not found");
        }
        return found;
    }

    @Builtin(name = "find", parameterNames = {"self", "sub", "start", "end"}, minNumOfPositionalArgs = 2)
    abstract static class FindNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        long doFind(PBytesLike self, Object sub, Object start, Object end) {
            return search(this, 0, self, sub, start, end);
        }
    }

    @Builtin(name = "rfind", parameterNames = {"self", "sub", "start", "end"}, minNumOfPositionalArgs = 2)
    abstract static class RFindNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        long doFind(PBytesLike self, Object sub, Object start, Object end) {
            return search(this, 1, self, sub, start, end);
        }
    }

    @Builtin(name = "index", parameterNames = {"self", "sub", "start", "end"}, minNumOfPositionalArgs = 2)
    abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        long doIndex(PBytesLike self, Object sub, Object start, Object end) {
            return search(this, 2, self, sub, start, end);
        }
    }

    @Builtin(name = "rindex", parameterNames = {"self", "sub", "start", "end"}, minNumOfPositionalArgs = 2)
    abstract static class RIndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        long doIndex(PBytesLike self, Object sub, Object start, Object end) {
            return search(this, 3, self, sub, start, end);
        }
    }

    @Builtin(name = "count", parameterNames = {"self", "sub", "start", "end"}, minNumOfPositionalArgs = 2)
    abstract static class CountNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        long doCount(PBytesLike self, Object sub, Object start, Object end) {
            return search(this, 4, self, sub, start, end);
        }
    }

    /** startswith/endswith with one prefix or a tuple of them. */
    static boolean tailMatch(PythonQuaternaryBuiltinNode node, String name, boolean atEnd, PBytesLike self,
                    Object affix, Object start, Object end) {
        Object[] options = affix instanceof PTuple t ? t.getItems() : new Object[]{affix};
        int[] r = BytesArgs.range(node, self, start, end);
        byte[] a = self.toByteArray();
        for (Object option : options) {
            if (!(option instanceof PBytesLike)) {
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, affix instanceof PTuple
                                ? "a bytes-like object is required, not '%s'"
                                : name + " first arg must be bytes or a tuple of bytes, not %s",
                                PythonErrors.typeName(node, option));
            }
            byte[] p = ((PBytesLike) option).toByteArray();
            if (r[1] - r[0] >= p.length && r[0] <= a.length) {
                int from = atEnd ? r[1] - p.length : r[0];
                if (Arrays.equals(a, from, from + p.length, p, 0, p.length)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Builtin(name = "startswith", parameterNames = {"self", "prefix", "start", "end"}, minNumOfPositionalArgs = 2)
    abstract static class StartsWithNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        boolean doStarts(PBytesLike self, Object prefix, Object start, Object end) {
            return tailMatch(this, "startswith", false, self, prefix, start, end);
        }
    }

    @Builtin(name = "endswith", parameterNames = {"self", "suffix", "start", "end"}, minNumOfPositionalArgs = 2)
    abstract static class EndsWithNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        boolean doEnds(PBytesLike self, Object suffix, Object start, Object end) {
            return tailMatch(this, "endswith", true, self, suffix, start, end);
        }
    }

    @Builtin(name = "replace", parameterNames = {"self", "old", "new", "count"}, minNumOfPositionalArgs = 3)
    abstract static class ReplaceNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doReplace(PBytesLike self, Object old, Object replacement, Object count) {
            byte[] o = BytesArgs.bytesLike(this, old);
            byte[] r = BytesArgs.bytesLike(this, replacement);
            long max = StrArgs.integer(this, count, -1);
            return BytesOps.wrap(self, BytesOps.replace(self.toByteArray(), self.length(), o, r, max));
        }
    }

    @Builtin(name = "split", parameterNames = {"self", "sep", "maxsplit"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class SplitNode extends PythonTernaryBuiltinNode {
        @Specialization
        PList doSplit(PBytesLike self, Object sep, Object maxsplit) {
            return split(this, self, sep, maxsplit, false);
        }
    }

    @Builtin(name = "rsplit", parameterNames = {"self", "sep", "maxsplit"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class RSplitNode extends PythonTernaryBuiltinNode {
        @Specialization
        PList doSplit(PBytesLike self, Object sep, Object maxsplit) {
            return split(this, self, sep, maxsplit, true);
        }
    }

    static PList split(PythonTernaryBuiltinNode node, PBytesLike self, Object sep, Object maxsplit, boolean right) {
        byte[] s = BytesArgs.optionalBytes(node, sep);
        if (s != null && s.length == 0) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "empty separator");
        }
        long max = StrArgs.integer(node, maxsplit, -1);
        byte[] a = self.toByteArray();
        return BytesArgs.list(self, BytesText.split(a, a.length, s, max, right));
    }

    @Builtin(name = "splitlines", parameterNames = {"self", "keepends"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class SplitLinesNode extends PythonBinaryBuiltinNode {
        @Specialization
        PList doSplit(PBytesLike self, Object keepends) {
            boolean keep = keepends instanceof Boolean b ? b : keepends instanceof Long l && l != 0;
            byte[] a = self.toByteArray();
            return BytesArgs.list(self, BytesText.splitlines(a, a.length, keep));
        }
    }

    @Builtin(name = "partition", parameterNames = {"self", "sep"}, minNumOfPositionalArgs = 2)
    abstract static class PartitionNode extends PythonBinaryBuiltinNode {
        @Specialization
        PTuple doPartition(PBytesLike self, Object sep) {
            return partition(this, self, sep, false);
        }
    }

    @Builtin(name = "rpartition", parameterNames = {"self", "sep"}, minNumOfPositionalArgs = 2)
    abstract static class RPartitionNode extends PythonBinaryBuiltinNode {
        @Specialization
        PTuple doPartition(PBytesLike self, Object sep) {
            return partition(this, self, sep, true);
        }
    }

    static PTuple partition(PythonBinaryBuiltinNode node, PBytesLike self, Object sep, boolean right) {
        byte[] s = BytesArgs.bytesLike(node, sep);
        if (s.length == 0) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "empty separator");
        }
        byte[] a = self.toByteArray();
        int i = right ? BytesOps.rfind(a, a.length, s, 0, a.length) : BytesOps.find(a, a.length, s, 0, a.length);
        byte[] empty = new byte[0];
        if (i < 0) {
            return right ? new PTuple(new Object[]{BytesOps.wrap(self, empty), BytesOps.wrap(self, empty),
                            BytesOps.wrap(self, a)}) : new PTuple(new Object[]{BytesOps.wrap(self, a),
                                            BytesOps.wrap(self, empty), BytesOps.wrap(self, empty)});
        }
        return new PTuple(new Object[]{BytesOps.wrap(self, Arrays.copyOf(a, i)), BytesOps.wrap(self, s),
                        BytesOps.wrap(self, Arrays.copyOfRange(a, i + s.length, a.length))});
    }

    @Builtin(name = "join", parameterNames = {"self", "iterable"}, minNumOfPositionalArgs = 2)
    abstract static class JoinNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doJoin(PBytesLike self, Object iterable, @Cached PyObjectGetIterNode getIter,
                        @Cached PyIterNextNode next) {
            Object iterator = getIter.execute(iterable);
            byte[][] items = new byte[8][];
            int count = 0;
            for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
                if (!(item instanceof PBytesLike || item instanceof taipan.runtime.bytes.PMemoryView)) {
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                    "sequence item %d: expected a bytes-like object, %s found", count,
                                    PythonErrors.typeName(this, item));
                }
                if (count == items.length) {
                    items = Arrays.copyOf(items, count * 2);
                }
                items[count++] = BytesArgs.bytesLike(this, item);
            }
            return BytesOps.wrap(self, BytesOps.join(self.toByteArray(), Arrays.copyOf(items, count)));
        }
    }

    static boolean isNone(Object value) {
        return value == PNone.NONE || value == PNone.NO_VALUE;
    }
}
