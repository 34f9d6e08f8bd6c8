package taipan.nodes.attribute;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PFunction;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PythonObject;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** CPython's {@code PyObject_DelAttr} for a name fixed at the site ({@code del obj.name}); a slow path. */
public abstract class PyObjectDelAttrNode extends Node {

    protected final String name;

    protected PyObjectDelAttrNode(String name) {
        this.name = name;
    }

    public static PyObjectDelAttrNode create(String name) {
        return PyObjectDelAttrNodeGen.create(name);
    }

    public abstract void execute(Object object);

    @Specialization
    void doObject(PythonObject object) {
        Object delattr = SpecialMethods.lookup(this, object, "__delattr__");
        if (delattr instanceof PFunction) {
            SpecialMethods.callAttribute(this, delattr, object, object.getPythonClass(),
                            new Object[]{PyStrings.of(name)});
        } else {
            ObjectAttributes.deleteInstanceAttribute(this, object, name);
        }
    }

    @Specialization
    void doModule(PythonModule module) {
        deleteFromModule(module);
    }

    @TruffleBoundary
    private void deleteFromModule(PythonModule module) {
        if (!taipan.threading.SharedObjects.removeKey(taipan.language.TaipanLanguage.get(this).threadingMode(),
                        DynamicObjectLibrary.getUncached(), module, PyStrings.of(name))) {
            // CPython's generic delattr wording, not the module getattr's
            throw taipan.runtime.exception.AttributeErrors.raise(this, module, name, ErrorMessages.OBJECT_HAS_NO_ATTRIBUTE,
                            "module", name);
        }
    }

    @Specialization
    void doClass(PythonClass cls) {
        ObjectAttributes.deleteClassAttribute(this, cls, name);
    }

    @Specialization
    void doFunction(PFunction function) {
        taipan.nodes.function.FunctionAttributes.delete(this, function, name);
    }

    /** {@code del cell.cell_contents} empties the cell. */
    @Specialization(guards = "isCellContents()")
    void doCell(taipan.runtime.function.PCell cell) {
        cell.set(null);
    }

    final boolean isCellContents() {
        return name.equals("cell_contents");
    }

    @Fallback
    void doOther(Object object) {
        ObjectAttributes.deleteInstanceAttribute(this, object, name);
    }
}
