package taipan.nodes.attribute;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.object.GetClassNode;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import taipan.runtime.object.PNone;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.ExceptionAttributes;
import taipan.runtime.generator.GeneratorAttributes;
import taipan.runtime.generator.PGenerator;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.BuiltinFunctionFields;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PClassMethod;
import taipan.runtime.function.PBuiltinMethod;
import taipan.runtime.function.PMethod;
import taipan.runtime.function.PCell;
import taipan.runtime.function.PCode;
import taipan.runtime.function.PFunction;
import taipan.nodes.function.CodeAttributes;
import taipan.nodes.function.FunctionAttributes;
import taipan.runtime.module.PendingAttribute;
import taipan.runtime.module.PythonModule;
import taipan.runtime.number.NumberAttributes;
import taipan.runtime.object.PSimpleNamespace;
import taipan.runtime.object.PSuper;
import taipan.runtime.object.PythonObject;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.object.ContainerFields;
import taipan.runtime.type.PythonClass;

/**
 * CPython's {@code PyObject_GetAttr} for a name fixed at the site: a module's namespace, a class's MRO, or the
 * receiver's class (a function found there comes back bound to the receiver). On user instances a cached class
 * makes the read a shape check and a field load, the class's attribute a constant. Raises {@code AttributeError}.
 */
public abstract class PyObjectGetAttrNode extends Node {

    static final String LIMIT = "6";

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

    /** The attribute name this site reads. */
    public final String getName() {
        return name;
    }

    @Specialization(limit = LIMIT)
    Object doModule(PythonModule module, @CachedLibrary("module") DynamicObjectLibrary lib) {
        Object value = lib.getOrDefault(module, tsName, null);
        if (value == null) {
            return taipan.nodes.module.ModuleGetAttr.missing(this, module, name);
        } else if (value instanceof PendingAttribute pending) {
            throw PythonErrors.raise(this, BuiltinType.NOT_IMPLEMENTED_ERROR, ErrorMessages.NOT_SUPPORTED_YET,
                            pending.what());
        }
        return value;
    }

    /** {@code real}, {@code imag}, {@code numerator}, {@code denominator} of int, float and complex. */
    @Specialization(guards = {"isNumberAttribute()", "isNumber(object)"})
    Object doNumberAttribute(Object object) {
        Object value = NumberAttributes.get(object, name);
        if (value == null) {
            throw taipan.runtime.exception.AttributeErrors.raise(this, object, name, ErrorMessages.OBJECT_HAS_NO_ATTRIBUTE,
                            PythonErrors.typeName(this, object), name);
        }
        return value;
    }

    final boolean isNumberAttribute() {
        return NumberAttributes.isNumberAttribute(name);
    }

    static boolean isNumber(Object object) {
        return NumberAttributes.isNumber(object);
    }

    @Specialization
    Object doClass(PythonClass cls) {
        return ObjectAttributes.getClassAttribute(this, cls, name);
    }

    @Specialization
    Object doNamespace(PSimpleNamespace namespace) {
        Object value = namespace.get(name);
        if (value == null) {
            throw taipan.runtime.exception.AttributeErrors.raise(this, namespace, name, ErrorMessages.OBJECT_HAS_NO_ATTRIBUTE,
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

    /** {@code __name__}, {@code __qualname__}, {@code __self__}... of built-in functions and bound methods. */
    @Specialization(guards = "isBuiltinFunctionField(object)")
    Object doBuiltinFunctionField(Object object) {
        Object value = BuiltinFunctionFields.get(object, name);
        return value == PNone.NONE && name.equals("__self__") ? moduleOf(object) : value;
    }

    /** A module-level built-in function's {@code __self__} is its module (None before that module is imported). */
    @TruffleBoundary
    private Object moduleOf(Object object) {
        if (!(object instanceof taipan.runtime.function.PBuiltinFunction f) || f.isMethodOfClass()) {
            return PNone.NONE;
        }
        Object module = taipan.language.PythonContext.get(this).getModules().get(f.getModuleName());
        return module != null ? module : PNone.NONE;
    }

    boolean isBuiltinFunctionField(Object object) {
        return BuiltinFunctionFields.has(object, name);
    }

    @Specialization
    Object doFunction(PFunction function) {
        Object value = FunctionAttributes.get(this, function, name);
        if (value == null) {
            return ObjectAttributes.classSideAttribute(this, function, name);
        }
        return value;
    }

    @Specialization
    Object doCode(PCode code) {
        Object value = CodeAttributes.get(code, name);
        if (value == null) {
            return ObjectAttributes.classSideAttribute(this, code, name);
        }
        return value;
    }

    @Specialization(guards = "isCellContents()")
    Object doCell(PCell cell) {
        return FunctionAttributes.cellContents(this, cell);
    }

    boolean isCellContents() {
        return name.equals("cell_contents");
    }

    static boolean isFunctionLike(Object object) {
        return object instanceof PFunction || object instanceof PCode;
    }

    @Specialization
    Object doSuper(PSuper sup) {
        return taipan.nodes.classes.SuperObjects.getAttribute(this, sup, name);
    }

    /** The data attributes of built-in exceptions ({@code args}, {@code __cause__}, {@code errno}, ...). */
    @Specialization(guards = "hasExceptionAttribute(object)")
    Object doExceptionAttribute(PBaseException object) {
        return ExceptionAttributes.get(object, name);
    }

    protected final boolean hasExceptionAttribute(PBaseException object) {
        return ExceptionAttributes.get(object, name) != null;
    }

    /** {@code gi_running}, {@code gi_suspended}, {@code gi_yieldfrom}, {@code __name__}, {@code __qualname__}. */
    @Specialization(guards = {"isGeneratorAttribute()", "hasGeneratorAttribute(object)"})
    Object doGeneratorAttribute(PGenerator object) {
        return GeneratorAttributes.get(object, name);
    }

    final boolean isGeneratorAttribute() {
        return GeneratorAttributes.isGeneratorAttribute(name);
    }

    /** The attributes of a generator's frame ({@code f_locals}, {@code f_lineno}, {@code f_code}, ...). */
    @Specialization(guards = "isFrameAttribute()")
    Object doGeneratorFrame(taipan.runtime.generator.PGeneratorFrame object) {
        return object.get(name, threadingMode());
    }

    /** Frame objects of tracebacks and {@code sys._getframe()}. */
    @Specialization(guards = "isPFrameAttribute()")
    Object doFrame(taipan.runtime.frame.PFrame object) {
        return object.get(name, taipan.language.PythonContext.get(this).getBuiltinsModule().getDict());
    }

    final boolean isPFrameAttribute() {
        return taipan.runtime.frame.PFrame.isAttribute(name);
    }

    /** {@code tb_frame}, {@code tb_lineno}, {@code tb_lasti}, {@code tb_next}. */
    @Specialization(guards = "isTracebackAttribute()")
    Object doTraceback(taipan.runtime.exception.PTraceback object) {
        return object.get(name);
    }

    final boolean isTracebackAttribute() {
        return taipan.runtime.exception.PTraceback.isAttribute(name);
    }

    final boolean isFrameAttribute() {
        return taipan.runtime.generator.PGeneratorFrame.isAttribute(name);
    }

    final taipan.threading.ThreadingMode threadingMode() {
        return taipan.language.TaipanLanguage.get(this).threadingMode();
    }

    final boolean hasGeneratorAttribute(PGenerator object) {
        return GeneratorAttributes.get(object, name) != null;
    }

    /** A user instance of a class seen before: the class's attribute and its kind are constants. */
    /** A {@code _thread._local}: the current thread's own attributes. */
    @Specialization
    Object doThreadLocal(taipan.runtime.thread.PThreadLocal local) {
        return ThreadLocalAttributes.get(this, local, name);
    }

    @Specialization(guards = {"object.getPythonClass() == cachedClass", "kind != GENERIC"}, limit = LIMIT,
                    assumptions = {"singleContext()", "cachedClass.getStableAssumption()"})
    Object doObjectCached(PythonObject object,
                    @Cached("object.getPythonClass()") PythonClass cachedClass,
                    @Cached("cachedClass.lookup(name)") Object typeAttribute,
                    @Cached("kindOf(cachedClass, typeAttribute)") int kind,
                    @CachedLibrary(limit = LIMIT) DynamicObjectLibrary lib) {
        Object own = lib.getOrDefault(object, name, null);
        if (own != null) {
            return own;
        } else if (kind == FUNCTION) {
            return new PMethod(object, typeAttribute);
        } else if (kind == PLAIN) {
            return typeAttribute;
        }
        return ObjectAttributes.getInstanceAttribute(this, object, name);
    }

    @Specialization(replaces = "doObjectCached")
    Object doObject(PythonObject object) {
        return ObjectAttributes.getInstanceAttribute(this, object, name);
    }

    @Specialization(guards = {"!isModule(object)", "!isClass(object)", "!isNamespace(object)", "!isObject(object)",
                    "!isFunctionLike(object)"})
    Object doInstance(Object object,
                    @Cached GetClassNode getClass,
                    @Cached("create(name)") LookupInMroNode lookup) {
        PythonClass cls = getClass.execute(object);
        Object value = lookup.execute(cls);
        if (value instanceof PBuiltinFunction function && function.bindsToInstance()) {
            return new PBuiltinMethod(object, function);
        } else if (value instanceof PClassMethod classMethod) {
            return new PMethod(cls, classMethod.getCallable());
        } else if (value == null || value instanceof taipan.runtime.function.PProperty
                        || value instanceof taipan.runtime.type.PGetSetDescriptor) {
            return ObjectAttributes.getInstanceAttribute(this, object, name);
        }
        return value;
    }

    static final int GENERIC = 0;
    static final int ABSENT = 1;
    static final int FUNCTION = 2;
    static final int PLAIN = 3;
    static final int BIND = 4;

    /** How a cached class's attribute behaves for instances: a data descriptor or a special name goes generic. */
    final int kindOf(PythonClass cls, Object typeAttribute) {
        if (name.equals("__class__") || name.equals("__dict__") || isExceptionData(cls) ||
                        cls.lookup("__getattribute__") instanceof taipan.runtime.function.PFunction) {
            return GENERIC;
        } else if (typeAttribute == null) {
            return ABSENT;
        } else if (typeAttribute instanceof taipan.runtime.function.PFunction) {
            return FUNCTION;
        } else if (Descriptors.isDataDescriptor(typeAttribute)) {
            return GENERIC;
        } else if (isPlainValue(typeAttribute)) {
            return PLAIN;
        }
        return BIND;
    }

    private static boolean isPlainValue(Object value) {
        return value instanceof Long || value instanceof Double || value instanceof Boolean ||
                        value instanceof TruffleString || value instanceof PythonClass ||
                        value == taipan.runtime.object.PNone.NONE || value instanceof taipan.runtime.object.PTuple;
    }

    /** A built-in data attribute of an exception instance ({@code args}, {@code errno}...): the generic path. */
    final boolean isExceptionData(PythonClass cls) {
        return cls.getSolidBase().isException() && taipan.runtime.exception.ExceptionAttributes.isDataAttribute(cls, name);
    }

    final Assumption singleContext() {
        return TaipanLanguage.get(this).getSingleContextAssumption();
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

    static boolean isSuper(Object object) {
        return object instanceof PSuper;
    }

    static boolean isObject(Object object) {
        return object instanceof PythonObject;
    }
}
