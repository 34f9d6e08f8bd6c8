package taipan.nodes.module;

import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.language.PythonContext;
import taipan.nodes.ExpressionNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.module.PythonModule;
import taipan.runtime.type.BuiltinType;

/**
 * {@code import name} for a native (Java) module: the context's module object, made on first import. Raises
 * {@code ModuleNotFoundError} for any other name (source imports come later).
 */
public final class ImportNativeModuleNode extends ExpressionNode {

    private final String moduleName;

    public ImportNativeModuleNode(String moduleName) {
        this.moduleName = moduleName;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        PythonModule module = PythonContext.get(this).importNativeModule(moduleName);
        if (module == null) {
            throw PythonErrors.raise(this, BuiltinType.MODULE_NOT_FOUND_ERROR, ErrorMessages.NO_MODULE_NAMED,
                            moduleName);
        }
        return module;
    }
}
