package taipan.runtime.type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.api.utilities.CyclicAssumption;

import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.object.PythonObject;
import taipan.runtime.str.PyStrings;

/**
 * A Python class. Built-in classes are created once per language and never change, so compiled code may treat them
 * as constants across contexts. User classes ({@code class} statements) have a mutable dict and a version
 * {@link Assumption} that any change to them or to a class on their MRO invalidates.
 */
public final class PythonClass {

    /** Not final: {@code cls.__name__ = ...} renames a user class. */
    private volatile String name;
    private volatile TruffleString tsName;
    private volatile String qualname;
    private final BuiltinType builtinType;
    /** The nearest built-in class on the MRO: what kind of Java object an instance is. */
    private final BuiltinType solidBase;
    /** Not final: {@code cls.__bases__ = ...} replaces both arrays (never their elements) and invalidates {@link #stable}. */
    private PythonClass[] bases;
    private PythonClass[] mro;
    /** The root shape of this class's instances: its dynamic type is this class. */
    private final Shape instanceShape;
    /** The class of this class ({@code type(cls)}): {@code type} unless a metaclass made it. */
    @CompilationFinal private PythonClass metaclass;
    /** Whether instances have a {@code __dict__} ({@code __slots__} without it takes it away). */
    @CompilationFinal private boolean instanceDict = true;
    /** Whether instances can be weakly referenced ({@code __slots__} without {@code __weakref__} takes it away). */
    @CompilationFinal private boolean instanceWeakref = true;
    /** Whether the class's own {@code __slots__} add members (it then fixes its instances' layout). */
    private boolean addsSlots;

    /** What calling the class runs (its {@code __new__}/{@code __init__} pair); set once while builtins load. */
    @CompilationFinal private PBuiltinFunction constructor;

    /**
     * The class's own attributes (its {@code __dict__}). Built-in classes fill it while builtins load and never
     * change it after; user classes change it under this object's lock, then invalidate {@link #stable}.
     */
    private final Map<String, Object> attributes;
    /** Valid while neither this class nor any class on its MRO has changed (never invalidated for built-ins). */
    private final CyclicAssumption stable;
    /** Whether the MRO defines {@code __del__}: 0 not yet known, 1 no, 2 yes; forgotten whenever the class changes. */
    private volatile byte finalizer;
    /** Whether a user class on the MRO defines {@code __class__}: 0 not yet known, 1 no, 2 yes; reset like finalizer. */
    private volatile byte classOverride;
    /** Classes that have this one as a direct base, so a change here reaches their caches too. */
    private final List<PythonClass> subclasses = new ArrayList<>();

    public PythonClass(BuiltinType builtinType, PythonClass base) {
        this(builtinType, base, null);
    }

    /**
     * A built-in class; {@code secondBase}, when not null, is a further base after {@code base} (only
     * {@code ExceptionGroup(BaseExceptionGroup, Exception)} has one), linearised by C3.
     */
    public PythonClass(BuiltinType builtinType, PythonClass base, PythonClass secondBase) {
        this.name = builtinType.getPythonName();
        this.tsName = PyStrings.of(name);
        this.qualname = name;
        this.builtinType = builtinType;
        // typing.Generic adds no instance layout: its subclasses' instances are plain objects
        this.solidBase = builtinType == BuiltinType.GENERIC ? BuiltinType.OBJECT : builtinType;
        this.bases = base == null ? new PythonClass[0]
                        : secondBase == null ? new PythonClass[]{base} : new PythonClass[]{base, secondBase};
        this.attributes = new HashMap<>();
        this.stable = new CyclicAssumption(name);
        if (secondBase != null) {
            this.mro = Mro.compute(this, bases);
        } else if (base == null) {
            this.mro = new PythonClass[]{this};
        } else {
            PythonClass[] baseMro = base.mro;
            this.mro = new PythonClass[baseMro.length + 1];
            this.mro[0] = this;
            System.arraycopy(baseMro, 0, this.mro, 1, baseMro.length);
        }
        this.instanceShape = PythonObject.createRootShape(this);
        // built-in classes are made by one thread while the language starts: no lock needed yet
        for (PythonClass b : bases) {
            b.subclasses.add(this);
        }
    }

    /**
     * A user class ({@code class} statement or {@code type(name, bases, dict)}).
     *
     * @throws MroException when the bases admit no consistent MRO (CPython's message)
     */
    @TruffleBoundary
    public PythonClass(String name, String qualname, PythonClass[] bases, Map<String, Object> namespace,
                    PythonClass metaclass) {
        this.metaclass = metaclass;
        this.name = name;
        this.tsName = PyStrings.of(name);
        this.qualname = qualname;
        this.builtinType = null;
        this.bases = bases;
        this.mro = Mro.compute(this, bases);
        this.solidBase = solidBaseOf(bases);
        this.attributes = new LinkedHashMap<>(namespace);
        this.stable = new CyclicAssumption(name);
        this.instanceShape = PythonObject.createRootShape(this);
        for (PythonClass base : bases) {
            synchronized (base) {
                base.subclasses.add(this);
            }
        }
    }

    /**
     * The solid base the bases give, as CPython's {@code best_base}: two bases laid out as unrelated built-in types
     * ({@code class Z(int, str)}) conflict. Exceptions share one layout here, so they never conflict.
     */
    static BuiltinType solidBaseOf(PythonClass[] bases) {
        PythonClass winner = null;
        for (PythonClass base : bases) {
            PythonClass solid = base.solidClass();
            if (solid.builtinType == BuiltinType.OBJECT) {
                continue;
            }
            if (winner == null || solid.isSubclassOf(winner)) {
                winner = solid;
            } else if (!winner.isSubclassOf(solid) && !(winner.isException() && solid.isException())) {
                throw new MroException("multiple bases have instance lay-out conflict");
            }
        }
        return winner == null ? BuiltinType.OBJECT : winner.solidBase;
    }

    /** The class on the MRO that fixes the instance layout: the nearest one adding slots, or the built-in one. */
    private PythonClass solidClass() {
        for (PythonClass c : mro) {
            if (c.addsSlots || c.builtinType == solidBase) {
                return c;
            }
        }
        return this;
    }

    private boolean isException() {
        for (PythonClass c : mro) {
            if (c.builtinType == BuiltinType.BASE_EXCEPTION) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code cls.__bases__ = newBases} (CPython's {@code type_set_bases}): the MRO of this class and of every class
     * below it is computed again, and everything cached against them invalidated.
     *
     * @throws MroException when the new bases admit no consistent MRO or change the instance layout
     */
    @TruffleBoundary
    public void setBases(PythonClass[] newBases) {
        if (solidBaseOf(newBases) != solidBase) {
            throw new MroException("__bases__ assignment: '" + newBases[0].getName() + "' object layout differs from '"
                            + bases[0].getName() + "'");
        }
        PythonClass[] newMro = Mro.compute(this, newBases);
        PythonClass[] oldBases;
        synchronized (this) {
            oldBases = bases;
            bases = newBases;
            mro = newMro;
        }
        for (PythonClass old : oldBases) {
            synchronized (old) {
                old.subclasses.remove(this);
            }
        }
        for (PythonClass added : newBases) {
            synchronized (added) {
                added.subclasses.add(this);
            }
        }
        recomputeSubclassMros();
        invalidate();
    }

    /** The MRO a metaclass's own {@code mro()} gave, installed while the class is made (CPython's {@code mro_internal}). */
    @TruffleBoundary
    public void setCustomMro(PythonClass[] customMro) {
        synchronized (this) {
            mro = customMro;
        }
        invalidate();
    }

    private void recomputeSubclassMros() {
        List<PythonClass> copy;
        synchronized (this) {
            copy = new ArrayList<>(subclasses);
        }
        for (PythonClass sub : copy) {
            PythonClass[] subMro = Mro.compute(sub, sub.bases);
            synchronized (sub) {
                sub.mro = subMro;
            }
            sub.recomputeSubclassMros();
        }
    }

    public String getName() {
        return name;
    }

    /** {@code cls.__name__ = name} on a user class (the caller has checked the value). */
    public void setName(String newName) {
        this.name = newName;
        this.tsName = PyStrings.of(newName);
    }

    /** {@code type(cls)}: the metaclass that made this class. */
    public PythonClass getMetaclass() {
        return metaclass;
    }

    public boolean hasInstanceDict() {
        return instanceDict;
    }

    public boolean hasInstanceWeakref() {
        return instanceWeakref;
    }

    /** Called once while the class is made: its {@code __slots__} add members. */
    public void setAddsSlots() {
        this.addsSlots = true;
    }

    /** Called once while the class is made, before any instance exists. */
    public void setNoInstanceWeakref() {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        this.instanceWeakref = false;
    }

    /** Called once while the class is made, before any instance exists. */
    public void setNoInstanceDict() {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        this.instanceDict = false;
    }

    /** Sets a built-in class's metaclass ({@code type}) once, after {@code type} itself exists. */
    public void setBuiltinMetaclass(PythonClass type) {
        if (builtinType == null || metaclass != null) {
            throw new IllegalStateException("metaclass of " + name + " set twice");
        }
        this.metaclass = type;
    }

    public TruffleString getTsName() {
        return tsName;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    /** The built-in type this class is, or null for a user class. */
    public BuiltinType getBuiltinType() {
        return builtinType;
    }

    /** The built-in type whose instances this class's instances are laid out as ({@code OBJECT} for plain classes). */
    public BuiltinType getSolidBase() {
        return solidBase;
    }

    public boolean isBuiltin() {
        return builtinType != null;
    }

    /** The direct bases, in order; callers must not modify them. */
    public PythonClass[] getBases() {
        return bases;
    }

    /** The method resolution order, this class first; callers must not modify it. */
    public PythonClass[] getMro() {
        return mro;
    }

    public Shape getInstanceShape() {
        return instanceShape;
    }

    /** Compiled code that cached a lookup on this class depends on this: valid until the class changes. */
    public Assumption getStableAssumption() {
        return stable.getAssumption();
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

    /** {@code C.name = value} on a user class; the caller has checked that the class is not built-in. */
    @TruffleBoundary
    public void writeAttribute(String attributeName, Object value) {
        synchronized (this) {
            attributes.put(attributeName, value);
        }
        invalidate();
    }

    /** {@code del C.name} on a user class; false if the class has no such attribute of its own. */
    @TruffleBoundary
    public boolean deleteAttribute(String attributeName) {
        Object old;
        synchronized (this) {
            old = attributes.remove(attributeName);
        }
        if (old != null) {
            invalidate();
        }
        return old != null;
    }

    /** Invalidates the caches that depend on this class and on its subclasses (whose MROs contain it). */
    @TruffleBoundary
    private void invalidate() {
        finalizer = 0;
        classOverride = 0;
        stable.invalidate();
        List<PythonClass> copy;
        synchronized (this) {
            copy = new ArrayList<>(subclasses);
        }
        for (PythonClass sub : copy) {
            sub.invalidate();
        }
    }

    /** The classes that have this one as a direct base, in creation order. */
    @TruffleBoundary
    public synchronized Object[] getSubclasses() {
        return subclasses.toArray();
    }

    /** The attribute in this class's own dict, or null. */
    @TruffleBoundary
    public Object getOwnAttribute(String attributeName) {
        if (builtinType != null) {
            return attributes.get(attributeName);
        }
        synchronized (this) {
            return attributes.get(attributeName);
        }
    }

    /** A snapshot of this class's own dict, in definition order. */
    @TruffleBoundary
    public Map<String, Object> getOwnAttributes() {
        synchronized (this) {
            return new LinkedHashMap<>(attributes);
        }
    }

    /** Whether instances need finalization because a class on the MRO defines {@code __del__}. */
    public boolean hasFinalizer() {
        byte known = finalizer;
        if (known == 0) {
            known = lookup("__del__") != null ? (byte) 2 : (byte) 1;
            finalizer = known;
        }
        return known == 2;
    }

    /**
     * Whether a user class on the MRO defines {@code __class__} (a property), so that instances may claim another
     * class in {@code isinstance}; cached until the class or a base changes.
     */
    public boolean hasClassOverride() {
        byte known = classOverride;
        if (known == 0) {
            known = findClassOverride() ? (byte) 2 : (byte) 1;
            classOverride = known;
        }
        return known == 2;
    }

    @TruffleBoundary
    private boolean findClassOverride() {
        for (PythonClass c : mro) {
            if (!c.isBuiltin() && c.getOwnAttribute("__class__") != null) {
                return true;
            }
        }
        return false;
    }

    /** CPython's {@code _PyType_Lookup}: the attribute from the first class on the MRO that has it, else null. */
    @TruffleBoundary
    public Object lookup(String attributeName) {
        for (PythonClass c : mro) {
            Object value = c.getOwnAttribute(attributeName);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** CPython's {@code tp_name}, as messages show it: a native module's class is qualified ({@code collections.deque}). */
    public String getTypeName() {
        if (builtinType != null && !builtinType.getModuleName().equals("builtins")) {
            return builtinType.getModuleName() + "." + name;
        }
        return name;
    }

    /** The class's {@code __module__}, or null if it has none (built-in classes are in {@code builtins}). */
    @TruffleBoundary
    public String getModuleName() {
        if (builtinType != null) {
            return builtinType.getModuleName();
        }
        Object module = getOwnAttribute("__module__");
        return module instanceof TruffleString s ? s.toJavaStringUncached() : null;
    }

    @Override
    public String toString() {
        String module = getModuleName();
        return module == null || module.equals("builtins") ? "<class '" + qualname + "'>"
                        : "<class '" + module + "." + qualname + "'>";
    }
}
