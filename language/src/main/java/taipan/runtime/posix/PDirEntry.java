package taipan.runtime.posix;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/**
 * An {@code os.DirEntry}: one name {@code os.scandir} found, with its file and the stat results it has read so far
 * (CPython caches them on the entry; so do we, one per follow-symlinks choice).
 */
public final class PDirEntry extends PythonObject {
    private final Object name;
    private final Object path;
    private final TruffleFile file;
    private Object stat;
    private Object lstat;

    public PDirEntry(Shape shape, Object name, Object path, TruffleFile file) {
        super(shape);
        this.name = name;
        this.path = path;
        this.file = file;
    }

    /** The entry's name, str or bytes as the scandir argument was. */
    public Object getName() {
        return name;
    }

    /** The scandir argument joined with the name. */
    public Object getPath() {
        return path;
    }

    public TruffleFile getFile() {
        return file;
    }

    /** The cached stat result for {@code followSymlinks}, or null before the first read. */
    public synchronized Object getStat(boolean followSymlinks) {
        return followSymlinks ? stat : lstat;
    }

    public synchronized void setStat(boolean followSymlinks, Object result) {
        if (followSymlinks) {
            stat = result;
        } else {
            lstat = result;
        }
    }
}
