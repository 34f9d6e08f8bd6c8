package taipan.runtime.type;

import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.str.PyStrings;

/**
 * A Python class. Built-in classes are created once per language and never change, so compiled code may treat them
 * as constants across contexts; user classes (later) add a dict and a version assumption.
 */
public final class PythonClass {

    private final String name;
    private final TruffleString tsName;
    private final BuiltinType builtinType;
    @CompilationFinal(dimensions = 1) private final PythonClass[] mro;

    /** What calling the class runs (its {@code __new__}/{@code __init__} pair); set once while builtins load. */
    @CompilationFinal private PBuiltinFunction constructor;

    /**
     * The class's own attributes (its {@code __dict__}). Filled while builtins load and never changed after, so
     * attribute sites may cache what {@link #lookup} returns for a built-in class as a constant.
     */
    private final Map<String, Object> attributes = new HashMap<>();

    public PythonClass(BuiltinType builtinType, PythonClass base) {
        this.name = builtinType.getPythonName();
        this.tsName = PyStrings.of(name);
        this.builtinType = builtinType;
        if (base == null) {
            this.mro = new PythonClass[]{this};
        } else {
            PythonClass[] baseMro = base.mro;
            this.mro = new PythonClass[baseMro.length + 1];
            this.mro[0] = this;
            System.arraycopy(baseMro, 0, this.mro, 1, baseMro.length);
        }
    }

    public String getName() {
        return name;
    }

    public TruffleString getTsName() {
        return tsName;
    }

    /** The built-in type this class is, or null for a user class. */
    public BuiltinType getBuiltinType() {
        return builtinType;
    }

    /** The method resolution order, this class first; callers must not modify it. */
    public PythonClass[] getMro() {
        return mro;
    }

    public boolean isSubclassOf(PythonClass other) {
        for (PythonClass c : mro) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    public PBuiltinFunction getConstructor() {
        return constructor;
    }

    public void setConstructor(PBuiltinFunction constructor) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        if (this.constructor != null) {
            throw new IllegalStateException("constructor of " + name + " set twice");
        }
        this.constructor = constructor;
    }

    /** Adds an attribute while builtins load (built-in classes are immutable afterwards). */
    public void setAttribute(String attributeName, Object value) {
        if (attributes.putIfAbsent(attributeName, value) != null) {
            throw new IllegalStateException(name + "." + attributeName + " defined twice");
        }
    }

    /** CPython's {@code _PyType_Lookup}: the attribute from the first class on the MRO that has it, else null. */
    @TruffleBoundary
    public Object lookup(String attributeName) {
        for (PythonClass c : mro) {
            Object value = c.attributes.get(attributeName);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
