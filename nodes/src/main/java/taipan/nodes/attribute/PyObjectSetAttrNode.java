package taipan.nodes.attribute;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.object.SpecialMethods;
import taipan.nodes.function.FunctionAttributes;
import taipan.runtime.function.PCell;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PFunction;
import taipan.runtime.generator.PGenerator;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PythonObject;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.PythonClass;

/**
 * CPython's {@code PyObject_SetAttr} for a name fixed at the site ({@code obj.name = value}). On a user instance
 * whose class has no {@code __setattr__} and no data descriptor of that name, it is a shape-checked property write.
 */
public abstract class PyObjectSetAttrNode extends Node {

    static final String LIMIT = "6";

    protected final String name;
    protected final TruffleString tsName;

    protected PyObjectSetAttrNode(String name) {
        this.name = name;
        this.tsName = PyStrings.of(name);
    }

    public static PyObjectSetAttrNode create(String name) {
        return PyObjectSetAttrNodeGen.create(name);
    }

    public abstract void execute(Object object, Object value);

    /** A {@code _thread._local}: the current thread's own attributes. */
    @Specialization
    void doThreadLocal(taipan.runtime.thread.PThreadLocal local, Object value) {
        ThreadLocalAttributes.set(this, local, name, value);
    }

    @Specialization(guards = {"object.getPythonClass() == cachedClass", "plain"}, limit = LIMIT,
                    assumptions = {"singleContext()", "cachedClass.getStableAssumption()"})
    void doObjectCached(PythonObject object, Object value,
                    @Cached("object.getPythonClass()") PythonClass cachedClass,
                    @Cached("isPlainStore(cachedClass)") boolean plain,
                    @CachedLibrary(limit = LIMIT) DynamicObjectLibrary lib) {
        taipan.threading.SharedObjects.put(taipan.language.TaipanLanguage.get(this).threadingMode(), lib, object, name, value);
    }

    @Specialization(replaces = "doObjectCached")
    void doObject(PythonObject object, Object value) {
        Object setattr = SpecialMethods.lookup(this, object, "__setattr__");
        if (setattr instanceof PFunction) {
            SpecialMethods.callAttribute(this, setattr, object, object.getPythonClass(),
                            new Object[]{tsName, value});
        } else {
            ObjectAttributes.setInstanceAttribute(this, object, name, value);
        }
    }

    @Specialization(limit = LIMIT)
    void doModule(PythonModule module, Object value, @CachedLibrary("module") DynamicObjectLibrary lib) {
        taipan.threading.SharedObjects.put(taipan.language.TaipanLanguage.get(this).threadingMode(), lib, module, tsName, value);
    }

    @Specialization
    void doClass(PythonClass cls, Object value) {
        ObjectAttributes.setClassAttribute(this, cls, name, value);
    }

    @Specialization
    void doFunction(PFunction function, Object value) {
        FunctionAttributes.set(this, function, name, value);
    }

    @Specialization(guards = "isCellContents()")
    void doCell(PCell cell, Object value) {
        cell.set(value);
    }

    final boolean isCellContents() {
        return name.equals("cell_contents");
    }

    /** A generator's writable {@code __name__} and {@code __qualname__}. */
    @Specialization(guards = "isGeneratorName()")
    void doGeneratorName(PGenerator generator, Object value) {
        if (!(value instanceof TruffleString s)) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "%s must be set to a string object", name);
        }
        if (name.equals("__name__")) {
            generator.setName(s.toJavaStringUncached());
        } else {
            generator.setQualname(s.toJavaStringUncached());
        }
    }

    final boolean isGeneratorName() {
        return name.equals("__name__") || name.equals("__qualname__");
    }

    @Fallback
    void doOther(Object object, Object value) {
        ObjectAttributes.setInstanceAttribute(this, object, name, value);
    }

    /** A store goes straight into the instance: no {@code __setattr__} of a user class, no data descriptor. */
    final boolean isPlainStore(PythonClass cls) {
        Object setattr = cls.lookup("__setattr__");
        if (setattr instanceof PFunction || name.equals("__class__") || name.equals("__dict__") || isExceptionData(cls) ||
                        !cls.hasInstanceDict() || isPlainObject(cls)) {
            return false;
        }
        Object typeAttribute = cls.lookup(name);
        return typeAttribute == null || !Descriptors.isDataDescriptor(typeAttribute);
    }

    /** {@code object()} itself has no instance dict (its subclasses do). */
    static boolean isPlainObject(PythonClass cls) {
        return cls.getBuiltinType() == taipan.runtime.type.BuiltinType.OBJECT;
    }

    /** A built-in data attribute of an exception instance ({@code args}, {@code errno}...): the generic path. */
    final boolean isExceptionData(PythonClass cls) {
        return cls.getSolidBase().isException() && taipan.runtime.exception.ExceptionAttributes.isDataAttribute(cls, name);
    }

    final Assumption singleContext() {
        return TaipanLanguage.get(this).getSingleContextAssumption();
    }
}
