package taipan.nodes.module;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.ExpressionNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.module.PendingAttribute;
import taipan.runtime.module.PythonModule;
import taipan.runtime.type.BuiltinType;

/** The value of one name in {@code from module import name}: {@code ImportError} when the module lacks it. */
@NodeChild(value = "module", type = ExpressionNode.class)
@NodeField(name = "name", type = TruffleString.class)
public abstract class ImportFromNode extends ExpressionNode {

    static final String LIMIT = "3";

    protected abstract TruffleString getName();

    @Specialization(limit = LIMIT)
    Object doModule(@SuppressWarnings("unused") VirtualFrame frame, PythonModule module,
                    @CachedLibrary("module") DynamicObjectLibrary lib) {
        Object value = lib.getOrDefault(module, getName(), null);
        if (value == null) {
            throw PythonErrors.raise(this, BuiltinType.IMPORT_ERROR, ErrorMessages.CANNOT_IMPORT_NAME, getName(),
                            module.getName());
        } else if (value instanceof PendingAttribute pending) {
            throw PythonErrors.raise(this, BuiltinType.NOT_IMPLEMENTED_ERROR, ErrorMessages.NOT_SUPPORTED_YET,
                            pending.what());
        }
        return value;
    }
}
