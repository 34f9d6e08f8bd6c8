package taipan.nodes.subscript;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.iterator.PRange;
import taipan.runtime.list.ContainerError;
import taipan.runtime.list.SliceRange;
import taipan.runtime.object.PSlice;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** Index and slice arithmetic the subscript nodes share, on their slow paths. */
public final class SequenceIndex {

    private SequenceIndex() {
    }

    /** An int that is not a {@code long}: a bool or a big int. */
    public static boolean isIndex(Object key) {
        return key instanceof Boolean || key instanceof BigInteger || key instanceof Long;
    }

    /** A bool or big int as a sequence index; IndexError "cannot fit 'int' into an index-sized integer". */
    @TruffleBoundary
    public static long asIndex(Node node, Object key, Object container) {
        if (key instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (key instanceof Long l) {
            return l;
        }
        throw PythonErrors.raise(node, BuiltinType.INDEX_ERROR, "cannot fit '%s' into an index-sized integer",
                        PythonErrors.typeName(node, key));
    }

    @TruffleBoundary
    public static PTuple sliceTuple(PTuple tuple, PSlice slice) {
        Object[] items = tuple.getItems();
        SliceRange r = slice.resolve(items.length);
        if (r.step() == 1 && r.length() == items.length) {
            return tuple;
        }
        Object[] result = new Object[r.length()];
        for (int k = 0; k < result.length; k++) {
            result[k] = items[r.at(k)];
        }
        return result.length == 0 ? PTuple.EMPTY : new PTuple(result);
    }

    /** {@code range[i]} or {@code range[i:j:k]} (a range again). */
    @TruffleBoundary
    public static Object rangeItem(PRange range, Object key) {
        long n = range.length();
        if (key instanceof PSlice slice) {
            Long stepIndex = slice.stepIndex();
            long step = stepIndex == null ? 1 : stepIndex;
            if (step == 0) {
                throw ContainerError.valueError("slice step cannot be zero");
            }
            long lo = bound(slice.startIndex(), n, step, true);
            long hi = bound(slice.stopIndex(), n, step, false);
            long start = range.getStart() + lo * range.getStep();
            long stop = range.getStart() + hi * range.getStep();
            return new PRange(start, stop, range.getStep() * step);
        }
        if (key instanceof Long || key instanceof Boolean) {
            long i = key instanceof Long l ? l : ((Boolean) key ? 1 : 0);
            long j = i < 0 ? i + n : i;
            if (j < 0 || j >= n) {
                throw ContainerError.indexError("range object index out of range");
            }
            return range.getStart() + j * range.getStep();
        }
        if (key instanceof BigInteger) {
            throw ContainerError.indexError("range object index out of range");
        }
        throw ContainerError.typeError("range indices must be integers or slices, not "
                        + taipan.runtime.object.PythonTypes.builtinTypeOf(key).getPythonName());
    }

    /** A slice bound clamped into {@code [0, n]} (or {@code [-1, n-1]} for a negative step), as CPython does. */
    private static long bound(Long index, long n, long step, boolean isStart) {
        if (index == null) {
            return isStart ? (step < 0 ? n - 1 : 0) : (step < 0 ? -1 : n);
        }
        long i = index < 0 ? Math.max(index + n, step < 0 ? -1 : 0) : index;
        return step < 0 ? Math.min(i, n - 1) : Math.min(i, n);
    }
}
