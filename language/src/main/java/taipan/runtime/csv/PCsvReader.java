package taipan.runtime.csv;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/** A {@code _csv.reader}: the line iterator it reads, its dialect and how many lines it has read. */
public final class PCsvReader extends PythonObject {
    private final Object lines;
    private final PCsvDialect dialect;
    private long lineNum;

    public PCsvReader(Shape shape, Object lines, PCsvDialect dialect) {
        super(shape);
        this.lines = lines;
        this.dialect = dialect;
    }

    public Object getLines() {
        return lines;
    }

    public PCsvDialect getDialect() {
        return dialect;
    }

    public synchronized long getLineNum() {
        return lineNum;
    }

    public synchronized void countLine() {
        lineNum++;
    }
}
