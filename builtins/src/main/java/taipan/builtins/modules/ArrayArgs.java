package taipan.builtins.modules;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.builtins.functions.NumberArgs;
import taipan.language.TaipanLanguage;
import taipan.runtime.array.ArrayType;
import taipan.runtime.array.PArray;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.Repr;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** Item conversions of {@code array.array}: Python values to packed items and back, with CPython's errors. */
final class ArrayArgs {

    private ArrayArgs() {
    }

    /** The typecode argument of {@code array(typecode, ...)}. */
    @TruffleBoundary
    static ArrayType typecode(Node node, Object code) {
        if (!(code instanceof TruffleString s) || PyStrings.toJava(s).codePointCount(0, PyStrings.toJava(s).length()) != 1) {
            String what = PythonErrors.typeName(node, code);
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "array() argument 1 must be a unicode character, not %s", what);
        }
        ArrayType type = ArrayType.of(PyStrings.toJava(s).codePointAt(0));
        if (type == null) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR,
                            "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        return type;
    }

    static PArray create(Node node, PythonClass cls, ArrayType type, int items) {
        return new PArray(cls.getInstanceShape(), type, new byte[items * type.itemSize()]);
    }

    static PArray sameClass(Node node, PArray like, byte[] data) {
        PythonClass cls = TaipanLanguage.get(node).getBuiltinClass(BuiltinType.ARRAY);
        return new PArray(cls.getInstanceShape(), like.getType(), data);
    }

    /** The item at {@code index} (already in range) as a Python value. */
    @TruffleBoundary
    static Object get(PArray array, int index) {
        ArrayType type = array.getType();
        Object value = type.read(array.getData(), index * type.itemSize());
        if (value instanceof Integer codePoint) {
            return PyStrings.of(new String(Character.toChars(codePoint)));
        }
        return value;
    }

    /** Stores {@code value} at {@code index} (already in range), converting and range-checking as CPython does. */
    @TruffleBoundary
    static void set(Node node, PArray array, int index, Object value) {
        ArrayType type = array.getType();
        int offset = index * type.itemSize();
        if (type.isFloat()) {
            if (!(value instanceof Double) && !(value instanceof Long) && !(value instanceof BigInteger) && !(value instanceof Boolean)) {
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "must be real number, not %s", PythonErrors.typeName(node, value));
            }
            type.writeDouble(array.getData(), offset, taipan.runtime.number.Numbers.toDouble(node, value));
        } else if (type.isUnicode()) {
            type.writeBits(array.getData(), offset, codePoint(node, value));
        } else {
            type.writeBits(array.getData(), offset, integer(node, type, value));
        }
    }

    private static int codePoint(Node node, Object value) {
        if (value instanceof TruffleString s) {
            String text = PyStrings.toJava(s);
            if (text.codePointCount(0, text.length()) == 1) {
                return text.codePointAt(0);
            }
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "array item must be unicode character");
    }

    private static long integer(Node node, ArrayType type, Object value) {
        if (value instanceof Double) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "'float' object cannot be interpreted as an integer");
        }
        Object n = NumberArgs.index(node, value);
        if (n instanceof Long l && type.fits(l)) {
            return l;
        } else if (n instanceof BigInteger b && type.fits(b)) {
            return b.longValue();
        }
        boolean negative = n instanceof Long l ? l < 0 : ((BigInteger) n).signum() < 0;
        throw PythonErrors.raise(node, BuiltinType.OVERFLOW_ERROR, overflowMessage(type, negative));
    }

    private static String overflowMessage(ArrayType type, boolean negative) {
        String name = switch (type) {
            case BYTE -> "signed char";
            case UNSIGNED_BYTE -> "unsigned byte integer";
            case SHORT -> "signed short integer";
            case UNSIGNED_SHORT -> "unsigned short";
            case INT -> "signed integer";
            case UNSIGNED_INT -> "unsigned int";
            case UNSIGNED_LONG -> "unsigned long";
            case UNSIGNED_LONG_LONG -> "unsigned long long";
            default -> null;
        };
        if (name == null) {
            return "Python int too large to convert to C long";
        } else if (negative && (type == ArrayType.UNSIGNED_LONG || type == ArrayType.UNSIGNED_LONG_LONG)) {
            return "can't convert negative int to unsigned";
        } else if (negative && type == ArrayType.UNSIGNED_INT) {
            return "can't convert negative value to unsigned int";
        } else if (!negative && (type == ArrayType.UNSIGNED_LONG || type == ArrayType.UNSIGNED_LONG_LONG)) {
            return "Python int too large to convert to C " + name;
        }
        return name + " is " + (negative ? "less than minimum" : "greater than maximum");
    }

    /** Appends {@code values} one by one (each converted; on an error the items before it stay). */
    static void appendAll(Node node, PArray array, Object[] values) {
        for (Object value : values) {
            int at = array.length();
            array.grow(1);
            try {
                set(node, array, at, value);
            } catch (RuntimeException e) {
                array.truncate(at);
                throw e;
            }
        }
    }

    @TruffleBoundary
    static PList toList(PArray array) {
        Object[] items = new Object[array.length()];
        for (int i = 0; i < items.length; i++) {
            items[i] = get(array, i);
        }
        return new PList(items);
    }

    /** {@code array('i', [1, 2])}, {@code array('u', 'ab')}, {@code array('d')}. */
    @TruffleBoundary
    static String repr(PArray array) {
        StringBuilder text = new StringBuilder("array('").append(array.getType().code()).append('\'');
        if (array.length() > 0) {
            text.append(", ");
            if (array.getType().isUnicode()) {
                text.append(Repr.repr(PyStrings.of(unicode(array))));
            } else {
                text.append(Repr.repr(toList(array)));
            }
        }
        return text.append(')').toString();
    }

    @TruffleBoundary
    static String unicode(PArray array) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < array.length(); i++) {
            text.appendCodePoint((int) array.getType().readBits(array.getData(), i * 4));
        }
        return text.toString();
    }

    /** A Python index into the array, negative from the end; IndexError with {@code what} when out of range. */
    static int index(Node node, PArray array, Object index, String what) {
        long i = NumberArgs.asLong(node, index);
        if (i < 0) {
            i += array.length();
        }
        if (i < 0 || i >= array.length()) {
            throw PythonErrors.raise(node, BuiltinType.INDEX_ERROR, what);
        }
        return (int) i;
    }

    static void checkResizable(Node node, PArray array) {
        if (array.isExported()) {
            throw PythonErrors.raise(node, BuiltinType.BUFFER_ERROR, "cannot resize an array that is exporting buffers");
        }
    }
}
