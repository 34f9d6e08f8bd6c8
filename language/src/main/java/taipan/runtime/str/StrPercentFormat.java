package taipan.runtime.str;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.FormatError;
import taipan.runtime.format.PercentFormatter;
import taipan.runtime.format.PercentOperands;
import taipan.language.TaipanLanguage;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.PTuple;
import taipan.threading.ThreadingMode;
import taipan.runtime.object.PythonTypes;
import taipan.runtime.object.Repr;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.UncachedCalls;
import taipan.runtime.type.PythonClass;

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
        } catch (taipan.runtime.list.ContainerError e) {
            throw PythonErrors.fromContainerError(location, e);
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
        if (args instanceof taipan.runtime.object.PBuiltinSubclassObject o && o.getValue() instanceof PTuple t) {
            return t.getItems(); // a tuple subclass (a namedtuple) is the arguments tuple too
        }
        return args instanceof PTuple t ? t.getItems() : null;
    }

    @Override
    public boolean isMapping(Object o) {
        // PyMapping_Check: any type with __getitem__ (a list or bytes used as the single argument counts too)
        return o instanceof PDict || o instanceof PList || o instanceof taipan.runtime.bytes.PBytesLike;
    }

    @Override
    public Object getItem(Object mapping, String key) {
        if (mapping instanceof PDict dict) {
            ThreadingMode mode = TaipanLanguage.get(null).threadingMode();
            TruffleString k = PyStrings.of(key);
            Object value = dict.getStorage().get(mode, new BuiltinEquality(mode), k);
            if (value == null) {
                throw taipan.runtime.list.ContainerError.keyError(k);
            }
            return value instanceof TruffleString s ? s.toJavaStringUncached() : value;
        }
        throw new FormatError("TypeError", PythonTypes.builtinTypeOf(mapping).getPythonName()
                        + " indices must be integers or slices, not str");
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
        return o instanceof String ? "str" : Repr.typeName(o);
    }

    @Override
    public Object intSubclassValue(Object o) {
        Object value = PBuiltinSubclassObject.unwrap(o);
        return value != o && PythonTypes.isInteger(value) ? asInt(value) : null;
    }

    @Override
    public boolean isNumber(Object o) {
        PythonClass cls = PythonTypes.classOf(TaipanLanguage.get(null), o);
        return cls.lookup("__index__") != null || cls.lookup("__int__") != null || cls.lookup("__float__") != null
                        || o instanceof taipan.runtime.math.Complex;
    }

    @Override
    public Object index(Object o) {
        return callIntDunder(o, "__index__");
    }

    @Override
    public Object toInt(Object o) {
        Object viaInt = callIntDunder(o, "__int__");
        return viaInt != null ? viaInt : index(o);
    }

    @Override
    public Double toDouble(Object o) {
        if (PythonTypes.classOf(TaipanLanguage.get(null), o).lookup("__float__") != null) {
            Object d = UncachedCalls.callSpecial(o, "__float__");
            if (PBuiltinSubclassObject.unwrap(d) instanceof Double x) {
                return x;
            }
            throw new FormatError("TypeError", "__float__ returned non-float (type " + typeName(d) + ")");
        }
        Object i = index(o);
        return i == null ? null : taipan.runtime.format.IntText.toDouble(i);
    }

    /** {@code type(o).name(o)} when the class has it, as an int; null when it has not. */
    private Object callIntDunder(Object o, String name) {
        if (PythonTypes.classOf(TaipanLanguage.get(null), o).lookup(name) == null) {
            return null;
        }
        Object result = PBuiltinSubclassObject.unwrap(UncachedCalls.callSpecial(o, name));
        if (!PythonTypes.isInteger(result)) {
            throw new FormatError("TypeError", name + " returned non-int (type " + typeName(result) + ")");
        }
        return asInt(result);
    }

    private static Object asInt(Object value) {
        return value instanceof Boolean b ? (Object) (b ? 1L : 0L) : value instanceof Integer i ? (Object) (long) i : value;
    }
}
