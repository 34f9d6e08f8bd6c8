package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.runtime.collections.PTupleGetter;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

/** {@code _collections._tuplegetter(index, doc)}, which {@code collections.namedtuple} makes its fields with. */
@CoreFunctions(extendClasses = BuiltinType.TUPLEGETTER)
public final class TupleGetterBuiltins {

    private TupleGetterBuiltins() {
    }

    @Builtin(name = "_tuplegetter", parameterNames = {"cls", "index", "doc"}, minNumOfPositionalArgs = 3,
                    constructsClass = BuiltinType.TUPLEGETTER)
    abstract static class NewNode extends PythonTernaryBuiltinNode {

        @Specialization
        Object doNew(@SuppressWarnings("unused") Object cls, Object index, Object doc) {
            if (!(index instanceof Long i)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                                PythonErrors.typeName(this, index));
            }
            return new PTupleGetter(i, doc);
        }
    }
}
