package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.expression.PyNumberMultiplyNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.ContainerError;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PList;
import taipan.runtime.type.BuiltinType;

/** {@code list.__iadd__} and {@code list.__imul__} as attributes (the {@code +=}/{@code *=} statements have their own nodes). */
@CoreFunctions(extendClasses = BuiltinType.LIST)
public final class ListInPlaceBuiltins {

    private ListInPlaceBuiltins() {
    }

    /** The list a receiver is or, for a subclass instance, stands for. */
    static PList listOf(com.oracle.truffle.api.nodes.Node location, Object self, String method) {
        if (PBuiltinSubclassObject.unwrap(self) instanceof PList list) {
            return list;
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "descriptor '%s' requires a 'list' object but received a '%s'",
                        method, PythonErrors.typeName(location, self));
    }

    @Builtin(name = "__iadd__", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 2, wholeReceiver = true)
    abstract static class InPlaceAddNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doAdd(Object self, Object value, @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next) {
            ListBuiltins.extendFrom(this, listOf(this, self, "__iadd__").getStorage(), value, getIter, next);
            return self;
        }
    }

    @Builtin(name = "__imul__", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 2, wholeReceiver = true)
    abstract static class InPlaceMultiplyNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doMultiply(Object self, Object value, @Cached PyNumberMultiplyNode multiply) {
            // list * value checks the count as CPython's sequence repeat does; the result replaces the items
            PList list = listOf(this, self, "__imul__");
            if (!(multiply.execute(list, value) instanceof PList product)) {
                return taipan.runtime.object.PNotImplemented.NOT_IMPLEMENTED;
            }
            try {
                list.getStorage().clear(ListBuiltins.mode(this));
                list.getStorage().extend(ListBuiltins.mode(this), product.getStorage());
            } catch (ContainerError e) {
                throw PythonErrors.fromContainerError(this, e);
            }
            return self;
        }
    }
}
