package taipan.runtime.csv;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/** A validated {@code _csv.Dialect}: immutable formatting parameters; -1 stands for an unset character. */
public final class PCsvDialect extends PythonObject {
    public static final int QUOTE_MINIMAL = 0;
    public static final int QUOTE_ALL = 1;
    public static final int QUOTE_NONNUMERIC = 2;
    public static final int QUOTE_NONE = 3;
    public static final int QUOTE_STRINGS = 4;
    public static final int QUOTE_NOTNULL = 5;

    public final int delimiter;
    public final int quotechar;
    public final int escapechar;
    public final boolean doublequote;
    public final boolean skipinitialspace;
    public final boolean strict;
    public final String lineterminator;
    public final int quoting;

    public PCsvDialect(Shape shape, int delimiter, int quotechar, int escapechar, boolean doublequote,
                    boolean skipinitialspace, boolean strict, String lineterminator, int quoting) {
        super(shape);
        this.delimiter = delimiter;
        this.quotechar = quotechar;
        this.escapechar = escapechar;
        this.doublequote = doublequote;
        this.skipinitialspace = skipinitialspace;
        this.strict = strict;
        this.lineterminator = lineterminator;
        this.quoting = quoting;
    }
}
