package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.subscript.SequenceItemsNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** {@code tuple}: the constructor, {@code count} and {@code index} (Objects/tupleobject.c). */
@CoreFunctions(extendClasses = BuiltinType.TUPLE)
public final class TupleBuiltins {

    private TupleBuiltins() {
    }

    @Builtin(name = "tuple", parameterNames = {"cls", "iterable"}, minNumOfPositionalArgs = 1,
                    constructsClass = BuiltinType.TUPLE, splitPerCallSite = true)
    abstract static class TupleNode extends PythonBinaryBuiltinNode {
        @Specialization
        static PTuple doCreate(@SuppressWarnings("unused") Object cls, Object iterable, @Cached SequenceItemsNode items) {
            if (iterable == PNone.NO_VALUE) {
                return PTuple.EMPTY;
            }
            if (iterable instanceof PTuple t) {
                return t;
            }
            Object[] values = items.execute(iterable, null);
            return values.length == 0 ? PTuple.EMPTY : new PTuple(values.clone());
        }
    }

    @Builtin(name = "count", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 2)
    abstract static class CountNode extends PythonBinaryBuiltinNode {
        @Specialization
        long doCount(PTuple self, Object value) {
            BuiltinEquality ops = ListBuiltins.equality(this);
            long n = 0;
            for (Object item : self.getItems()) {
                if (item == value || ops.eq(item, value)) {
                    n++;
                }
            }
            return n;
        }
    }

    @Builtin(name = "index", parameterNames = {"self", "value", "start", "stop"}, minNumOfPositionalArgs = 2)
    abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        long doIndex(PTuple self, Object value, Object start, Object stop) {
            Object[] items = self.getItems();
            long from = start == PNone.NO_VALUE ? 0 : ListArgs.sliceIndex(this, start);
            long to = stop == PNone.NO_VALUE ? items.length : ListArgs.sliceIndex(this, stop);
            from = from < 0 ? Math.max(0, from + items.length) : from;
            to = to < 0 ? Math.max(0, to + items.length) : Math.min(to, items.length);
            BuiltinEquality ops = ListBuiltins.equality(this);
            for (long i = from; i < to; i++) {
                if (items[(int) i] == value || ops.eq(items[(int) i], value)) {
                    return i;
                }
            }
            throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "tuple.index(x): x not in tuple");
        }
    }
}
