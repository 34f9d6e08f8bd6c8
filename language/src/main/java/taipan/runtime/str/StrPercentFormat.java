package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.FormatError;
import taipan.runtime.format.PercentFormatter;
import taipan.runtime.format.PercentOperands;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonTypes;
import taipan.runtime.object.Repr;

/**
 * {@code str % args}: printf-style formatting through {@code taipan.runtime.format}, which is told about Taipan's
 * values by the {@link PercentOperands} here. Python strs are handed over as Java strings.
 */
public final class StrPercentFormat implements PercentOperands {

    private static final StrPercentFormat INSTANCE = new StrPercentFormat();

    private StrPercentFormat() {
    }

    @TruffleBoundary
    public static TruffleString format(Node location, TruffleString template, Object args) {
        try {
            return PyStrings.of(PercentFormatter.format(template.toJavaStringUncached(), toJava(args), INSTANCE));
        } catch (FormatError e) {
            throw PythonErrors.fromFormatError(location, e);
        }
    }

    private static Object toJava(Object value) {
        if (value instanceof TruffleString s) {
            return s.toJavaStringUncached();
        } else if (value instanceof PTuple t) {
            Object[] items = t.getItems().clone();
            for (int i = 0; i < items.length; i++) {
                if (items[i] instanceof TruffleString s) {
                    items[i] = s.toJavaStringUncached();
                }
            }
            return new PTuple(items);
        }
        return value;
    }

    @Override
    public Object[] tupleItems(Object args) {
        return args instanceof PTuple t ? t.getItems() : null;
    }

    @Override
    public boolean isMapping(Object o) {
        return false;
    }

    @Override
    public Object getItem(Object mapping, String key) {
        throw new FormatError("TypeError", "format requires a mapping");
    }

    @Override
    public String str(Object o) {
        return Repr.str(o);
    }

    @Override
    public String repr(Object o) {
        return Repr.repr(o);
    }

    @Override
    public String typeName(Object o) {
        return o instanceof String ? "str" : PythonTypes.builtinTypeOf(o).getPythonName();
    }

    @Override
    public boolean isNumber(Object o) {
        return false;
    }

    @Override
    public Object index(Object o) {
        return null;
    }

    @Override
    public Object toInt(Object o) {
        return null;
    }

    @Override
    public Double toDouble(Object o) {
        return null;
    }
}
