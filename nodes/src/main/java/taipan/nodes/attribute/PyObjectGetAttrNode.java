package taipan.nodes.attribute;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.object.GetClassNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PBuiltinMethod;
import taipan.runtime.module.PendingAttribute;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PSimpleNamespace;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.object.ContainerFields;
import taipan.runtime.type.PythonClass;

/**
 * CPython's {@code PyObject_GetAttr} for a name fixed at the site: a module's namespace, a class's MRO, or the
 * receiver's class (a function found there comes back bound to the receiver). Raises {@code AttributeError}.
 */
public abstract class PyObjectGetAttrNode extends Node {

    static final String LIMIT = "3";

    protected final String name;
    protected final TruffleString tsName;

    protected PyObjectGetAttrNode(String name) {
        this.name = name;
        this.tsName = PyStrings.of(name);
    }

    public static PyObjectGetAttrNode create(String name) {
        return PyObjectGetAttrNodeGen.create(name);
    }

    public abstract Object execute(Object object);

    @Specialization(limit = LIMIT)
    Object doModule(PythonModule module, @CachedLibrary("module") DynamicObjectLibrary lib) {
        Object value = lib.getOrDefault(module, tsName, null);
        if (value == null) {
            throw PythonErrors.raise(this, BuiltinType.ATTRIBUTE_ERROR, ErrorMessages.MODULE_HAS_NO_ATTRIBUTE,
                            module.getName(), name);
        } else if (value instanceof PendingAttribute pending) {
            throw PythonErrors.raise(this, BuiltinType.NOT_IMPLEMENTED_ERROR, ErrorMessages.NOT_SUPPORTED_YET,
                            pending.what());
        }
        return value;
    }

    @Specialization
    Object doClass(PythonClass cls) {
        Object value = lookupOnClass(cls, name);
        if (value == null) {
            throw PythonErrors.raise(this, BuiltinType.ATTRIBUTE_ERROR, ErrorMessages.TYPE_HAS_NO_ATTRIBUTE,
                            cls.getName(), name);
        }
        return value;
    }

    @Specialization
    Object doNamespace(PSimpleNamespace namespace) {
        Object value = namespace.get(name);
        if (value == null) {
            throw PythonErrors.raise(this, BuiltinType.ATTRIBUTE_ERROR, ErrorMessages.OBJECT_HAS_NO_ATTRIBUTE,
                            "types.SimpleNamespace", name);
        }
        return value;
    }

    @Specialization(guards = "isContainerField(object)")
    Object doContainerField(Object object) {
        return ContainerFields.get(object, name);
    }

    boolean isContainerField(Object object) {
        return ContainerFields.has(object, name);
    }

    @Specialization(guards = {"!isModule(object)", "!isClass(object)", "!isNamespace(object)"})
    Object doInstance(Object object,
                    @Cached GetClassNode getClass,
                    @Cached("create(name)") LookupInMroNode lookup) {
        Object value = lookup.execute(getClass.execute(object));
        if (value instanceof PBuiltinFunction function) {
            return new PBuiltinMethod(object, function);
        } else if (value == null) {
            throw PythonErrors.raise(this, BuiltinType.ATTRIBUTE_ERROR, ErrorMessages.OBJECT_HAS_NO_ATTRIBUTE,
                            PythonErrors.typeName(this, object), name);
        }
        return value;
    }

    /** {@code type.__getattribute__}: the class's own MRO (its methods, unbound), then its metaclass's. */
    @TruffleBoundary
    private Object lookupOnClass(PythonClass cls, String attributeName) {
        if (attributeName.equals("__name__") || attributeName.equals("__qualname__")) {
            return cls.getTsName(); // data descriptors of type, which win over the class's own dict
        }
        Object value = cls.lookup(attributeName);
        if (value != null) {
            return value;
        }
        value = TaipanLanguage.get(this).getBuiltinClass(BuiltinType.TYPE).lookup(attributeName);
        return value instanceof PBuiltinFunction function ? new PBuiltinMethod(cls, function) : value;
    }

    static boolean isModule(Object object) {
        return object instanceof PythonModule;
    }

    static boolean isNamespace(Object object) {
        return object instanceof PSimpleNamespace;
    }

    static boolean isClass(Object object) {
        return object instanceof PythonClass;
    }
}
