package taipan.runtime.csv;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/** A {@code _csv.writer}: the bound {@code write} method of its file and its dialect. */
public final class PCsvWriter extends PythonObject {
    private final Object write;
    private final PCsvDialect dialect;

    public PCsvWriter(Shape shape, Object write, PCsvDialect dialect) {
        super(shape);
        this.write = write;
        this.dialect = dialect;
    }

    public Object getWrite() {
        return write;
    }

    public PCsvDialect getDialect() {
        return dialect;
    }
}
