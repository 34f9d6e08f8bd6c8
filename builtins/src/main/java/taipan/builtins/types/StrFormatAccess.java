package taipan.builtins.types;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.object.PyObjectFormatNode;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.AsciiEscape;
import taipan.runtime.format.FormatTemplate;
import taipan.runtime.list.ContainerError;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.Repr;
import taipan.runtime.str.PyStrings;
import taipan.runtime.str.StrCodePoints;
import taipan.runtime.type.BuiltinType;

/** The field operations of one {@code str.format}/{@code format_map} call: positional args and a keyword mapping. */
final class StrFormatAccess implements FormatTemplate.FieldAccess {

    private final Node location;
    private final Object[] args;
    /** The keyword arguments or format_map's mapping; null when there are none. */
    private final PDict keywords;
    private final boolean formatMap;
    private final PyObjectFormatNode format;
    /** format_map's mapping when it is not a dict: looked up by {@code mapping[key]}; else null. */
    private Object mapping;

    StrFormatAccess(Node location, Object[] args, PDict keywords, boolean formatMap, PyObjectFormatNode format) {
        this.location = location;
        this.args = args;
        this.keywords = keywords;
        this.formatMap = formatMap;
        this.format = format;
    }

    @Override
    public Object positional(long index) {
        if (formatMap) {
            throw FormatTemplate.positionalInFormatMap();
        } else if (index >= args.length) {
            throw FormatTemplate.indexOutOfRange(index);
        }
        return args[(int) index];
    }

    StrFormatAccess withMapping(Object other) {
        this.mapping = other;
        return this;
    }

    @Override
    public Object keyword(String key) {
        TruffleString k = PyStrings.of(key);
        if (mapping != null) {
            return mappingItem(k);
        }
        Object value = keywords == null ? null : lookup(keywords, k);
        if (value == null) {
            throw PythonErrors.fromContainerError(location, ContainerError.keyError(k));
        }
        return value;
    }

    /** {@code mapping[key]}, a dict subclass's {@code __missing__} answering for an absent key. */
    private Object mappingItem(TruffleString key) {
        Object value;
        try {
            value = taipan.nodes.object.SpecialMethods.callUncached(location, mapping, "__getitem__", new Object[]{key});
        } catch (taipan.runtime.exception.PException e) {
            if (mapping instanceof taipan.runtime.object.PythonObject o) {
                return taipan.nodes.object.ObjectProtocols.missing(location, o, key, e);
            }
            throw e;
        }
        if (value == null) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "'%s' object is not subscriptable",
                            PythonErrors.typeName(location, mapping));
        }
        return value;
    }

    private Object lookup(PDict dict, Object key) {
        var mode = TaipanLanguage.get(location).threadingMode();
        return dict.getStorage().get(mode, new BuiltinEquality(mode), key);
    }

    @Override
    public Object attribute(Object obj, String name) {
        return StrFormatBuiltins.getAttribute(location, obj, name);
    }

    @Override
    public Object item(Object obj, Object key) {
        Object k = key instanceof String s ? PyStrings.of(s) : key;
        if (obj instanceof PDict d) {
            Object value = lookup(d, k);
            if (value == null) {
                throw PythonErrors.fromContainerError(location, ContainerError.keyError(k));
            }
            return value;
        } else if (k instanceof Long i) {
            return sequenceItem(obj, i);
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s indices must be integers or slices, not str",
                        PythonErrors.typeName(location, obj));
    }

    private Object sequenceItem(Object obj, long i) {
        if (obj instanceof PTuple t && i < t.getItems().length) {
            return t.getItems()[(int) i];
        } else if (obj instanceof PList l) {
            try {
                return l.getStorage().get(TaipanLanguage.get(location).threadingMode(), i);
            } catch (ContainerError e) {
                throw PythonErrors.fromContainerError(location, e);
            }
        } else if (obj instanceof TruffleString s && i < StrCodePoints.length(s)) {
            return StrCodePoints.fromCodePoint(StrCodePoints.codePointAt(s, (int) i));
        } else if (obj instanceof PBytesLike b && i < b.length()) {
            return (long) b.get((int) i);
        } else if (obj instanceof PTuple || obj instanceof TruffleString || obj instanceof PBytesLike) {
            throw PythonErrors.raise(location, BuiltinType.INDEX_ERROR, "%s index out of range",
                            obj instanceof PTuple ? "tuple" : obj instanceof TruffleString ? "string" : "index");
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "'%s' object is not subscriptable",
                        PythonErrors.typeName(location, obj));
    }

    @Override
    public Object convert(Object obj, int conversion) {
        String text = conversion == 's' ? Repr.str(obj) : Repr.repr(obj);
        return PyStrings.of(conversion == 'a' ? AsciiEscape.escapeNonAscii(text) : text);
    }

    @Override
    public String format(Object obj, String spec) {
        return format.execute(obj, PyStrings.of(spec)).toJavaStringUncached();
    }
}
