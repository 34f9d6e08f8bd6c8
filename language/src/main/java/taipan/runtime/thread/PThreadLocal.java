package taipan.runtime.thread;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import taipan.language.TaipanLanguage;
import taipan.runtime.object.PythonObject;

/**
 * {@code _thread._local} (and instances of its subclasses): the object itself holds no attributes; each thread
 * sees its own storage object (kept in its {@code PythonThreadState}), made (and, for a subclass with
 * {@code __init__}, initialised with the constructor's arguments) the first time that thread touches the local.
 * Attribute reads and writes are redirected to it.
 */
public final class PThreadLocal extends PythonObject {
    private final Shape storageShape;
    private final Object[] args;
    private final String[] keywordNames;
    private final Object[] keywords;

    public PThreadLocal(Shape shape, Object[] args, String[] keywordNames, Object[] keywords) {
        super(shape);
        this.storageShape = shape;
        this.args = args;
        this.keywordNames = keywordNames;
        this.keywords = keywords;
    }

    /** The current thread's storage, or null if this thread has not touched the local yet. */
    @TruffleBoundary
    public PythonObject existingStorage() {
        return (PythonObject) storage().get(this);
    }

    /** Makes the current thread's storage (the caller then runs {@code __init__} for it if the class has one). */
    @TruffleBoundary
    public PythonObject createStorage() {
        PythonObject mine = new PythonObject(storageShape);
        storage().put(this, mine);
        return mine;
    }

    /** The current Python thread's storage objects, one per local it has touched (no lock: only it reads them). */
    private static java.util.Map<Object, Object> storage() {
        return TaipanLanguage.get(null).threadState().threadLocals();
    }

    public Object[] getArgs() {
        return args;
    }

    public String[] getKeywordNames() {
        return keywordNames;
    }

    public Object[] getKeywords() {
        return keywords;
    }
}
