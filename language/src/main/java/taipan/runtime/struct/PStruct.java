package taipan.runtime.struct;

import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/** A {@code struct.Struct}: a compiled format (its {@code format} keeps the str or bytes it was made from). */
public final class PStruct extends PythonObject {

    private final StructFormat format;
    private final Object formatObject;

    public PStruct(Shape shape, StructFormat format, Object formatObject) {
        super(shape);
        this.format = format;
        this.formatObject = formatObject;
    }

    public StructFormat getFormat() {
        return format;
    }

    public Object getFormatObject() {
        return formatObject;
    }
}
