package taipan.builtins.functions;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.iterator.PBigRange;
import taipan.runtime.iterator.PRange;
import taipan.runtime.iterator.PRangeIterator;
import taipan.runtime.iterator.PReversed;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PDictView;
import taipan.runtime.object.PList;
import taipan.runtime.type.BuiltinType;

/**
 * {@code __reversed__} of the built-in classes that CPython gives one ({@code list_reversed}, {@code dict___reversed__},
 * {@code range_reverse}, the dict views'): what {@code reversed()} of such a value returns.
 */
@CoreFunctions(extendClasses = {BuiltinType.LIST, BuiltinType.DICT, BuiltinType.RANGE, BuiltinType.DICT_KEYS,
                BuiltinType.DICT_VALUES, BuiltinType.DICT_ITEMS})
public final class ReversedDunderBuiltins {

    private ReversedDunderBuiltins() {
    }

    @Builtin(name = "__reversed__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReversedDunderNode extends PythonUnaryBuiltinNode {
        @Specialization
        PReversed doList(PList list) {
            return new PReversed(list, list.getStorage().length(TaipanLanguage.get(this).threadingMode()));
        }

        @Specialization
        static PRangeIterator doRange(PRange range) {
            return IterationBuiltins.ReversedNode.doRange(null, range);
        }

        /** CPython's {@code range_reverse} of a range past a long: the range backwards, iterated. */
        @Specialization
        static Object doBigRange(PBigRange range, @Cached PyObjectGetIterNode getIter) {
            return getIter.execute(backwards(range));
        }

        @TruffleBoundary
        private static PBigRange backwards(PBigRange range) {
            BigInteger step = toBig(range.getStep());
            BigInteger last = toBig(range.getStart()).add(range.length().subtract(BigInteger.ONE).multiply(step));
            return new PBigRange(last, toBig(range.getStart()).subtract(step), step.negate());
        }

        private static BigInteger toBig(Object value) {
            return value instanceof Long n ? BigInteger.valueOf(n) : (BigInteger) value;
        }

        @Specialization
        PReversed doDict(PDict dict) {
            Object[] keys = dict.getStorage().snapshot(TaipanLanguage.get(this).threadingMode())[0];
            return new PReversed(new taipan.runtime.object.PTuple(keys), keys.length);
        }

        @Specialization
        PReversed doDictView(PDictView view) {
            Object[] items = taipan.runtime.object.ContainerItems.viewItems(TaipanLanguage.get(this).threadingMode(), view);
            return new PReversed(new taipan.runtime.object.PTuple(items), items.length);
        }
    }
}
