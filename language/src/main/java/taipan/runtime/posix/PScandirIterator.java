package taipan.runtime.posix;

import java.util.Iterator;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/**
 * The iterator {@code os.scandir} returns, over a directory listing read when it was opened; closed when exhausted,
 * by {@code close()} or by leaving its {@code with} block, as CPython's.
 */
public final class PScandirIterator extends PythonObject {
    private final Iterator<TruffleFile> children;
    /** The scandir argument as given (str or bytes), null for the current directory. */
    private final String prefix;
    private final boolean bytes;
    private boolean closed;

    public PScandirIterator(Shape shape, Iterator<TruffleFile> children, String prefix, boolean bytes) {
        super(shape);
        this.children = children;
        this.prefix = prefix;
        this.bytes = bytes;
    }

    /** The next child, or null when the listing is exhausted or closed (then it stays closed). */
    public synchronized TruffleFile next() {
        if (closed || !children.hasNext()) {
            closed = true;
            return null;
        }
        return children.next();
    }

    public synchronized void close() {
        closed = true;
    }

    public String getPrefix() {
        return prefix;
    }

    public boolean isBytes() {
        return bytes;
    }
}
