package taipan.runtime.module;

import java.lang.invoke.MethodHandles;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.object.PDict;
import taipan.runtime.str.PyStrings;
import taipan.threading.ThreadingMode;

/**
 * A module object. Its namespace lives in the object's own properties, so a global read or write is a shape-checked
 * field access and an {@code int} stays an unboxed {@code long} in a primitive location.
 */
public final class PythonModule extends DynamicObject {

    private final String name;
    /** A native (Java) module: its repr says {@code (built-in)}. */
    private final boolean builtin;
    /**
     * True while the module's body runs for its first import, as CPython's {@code __spec__._initializing}: a failed
     * {@code from m import x} then blames a circular import. Volatile: another thread may import it meanwhile.
     */
    private volatile boolean initializing;
    /** {@code __dict__}/{@code globals()}: made on first request, a view of this object's properties. */
    private volatile PDict dict;
    /** The mapping in {@code __builtins__} of exec() globals that bring their own (null: the builtins module). */
    private volatile Object customBuiltins;

    public PythonModule(Shape shape, String name) {
        this(shape, name, false);
    }

    public PythonModule(Shape shape, String name, boolean builtin) {
        super(shape);
        this.name = name;
        this.builtin = builtin;
    }

    /** The root shape of every module; one per language, shared by its contexts. */
    public static Shape createRootShape() {
        return Shape.newBuilder().layout(PythonModule.class, MethodHandles.lookup()).build();
    }

    public String getName() {
        return name;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public boolean isInitializing() {
        return initializing;
    }

    public void setInitializing(boolean value) {
        initializing = value;
    }

    public Object getCustomBuiltins() {
        return customBuiltins;
    }

    public void setCustomBuiltins(Object mapping) {
        customBuiltins = mapping;
    }

    /** The namespace as a dict, live both ways; always the same object ({@code m.__dict__ is m.__dict__}). */
    @TruffleBoundary
    public PDict getDict() {
        PDict d = dict;
        if (d == null) {
            synchronized (this) {
                d = dict;
                if (d == null) {
                    d = new PDict();
                    d.getStorage().setBacking(new ModuleNamespace(this));
                    dict = d;
                }
            }
        }
        return d;
    }

    /**
     * The module whose namespace {@code d} is, for {@code exec(code, d)}: a plain dict becomes the view of a new
     * anonymous module holding its entries, so the code's global reads and writes stay shape-checked and later
     * writes through either side are seen by the other.
     */
    @TruffleBoundary
    public static PythonModule forDict(PDict d, Shape rootShape, ThreadingMode mode) {
        synchronized (d) {
            if (d.getStorage().getBacking() instanceof ModuleNamespace namespace) {
                return namespace.module();
            }
            Object[][] entries = d.getStorage().snapshot(mode);
            PythonModule module = new PythonModule(rootShape, "?");
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            for (int i = 0; i < entries[0].length; i++) {
                lib.put(module, entries[0][i], entries[1][i]);
            }
            module.dict = d;
            d.getStorage().setBacking(new ModuleNamespace(module));
            return module;
        }
    }

    /** The namespace entry {@code key}, or null (a slow-path read, for the import machinery and reprs). */
    @TruffleBoundary
    public Object getAttribute(String key) {
        return DynamicObjectLibrary.getUncached().getOrDefault(this, PyStrings.of(key), null);
    }

    /** Sets the namespace entry {@code key} (a slow-path write, for module creation and the import machinery). */
    @TruffleBoundary
    public void setAttribute(String key, Object value) {
        DynamicObjectLibrary.getUncached().put(this, PyStrings.of(key), value);
    }

    /**
     * CPython's {@code module_repr}: {@code <module 'x' from '/path/x.py'>}, {@code <module 'sys' (built-in)>},
     * a namespace package's {@code <module 'x' (namespace) from [...]>}, else {@code <module 'x'>}.
     */
    @TruffleBoundary
    public String repr(java.util.function.Function<Object, String> reprOfValue) {
        Object nameValue = getAttribute("__name__");
        String shown = nameValue instanceof TruffleString s ? s.toJavaStringUncached() : "?";
        Object file = getAttribute("__file__");
        if (file instanceof TruffleString path) {
            return "<module '" + shown + "' from '" + path.toJavaStringUncached() + "'>";
        } else if (builtin) {
            return "<module '" + shown + "' (built-in)>";
        }
        Object path = getAttribute("__path__");
        if (path != null && file == taipan.runtime.object.PNone.NONE) {
            return "<module '" + shown + "' (namespace) from " + reprOfValue.apply(path) + ">";
        }
        return "<module '" + shown + "'>";
    }

    @Override
    public String toString() {
        return "<module '" + name + "'>";
    }
}
