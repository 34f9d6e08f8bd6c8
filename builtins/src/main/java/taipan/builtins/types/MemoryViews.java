package taipan.builtins.types;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.bytes.PMemoryView;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.SliceRange;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PSlice;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** The slow-path work of the memoryview methods: indices, slices, casts and item encoding. */
final class MemoryViews {

    private MemoryViews() {
    }

    /** ValueError once released, as every operation but release() checks. */
    static void check(Node location, PMemoryView view) {
        if (view.isReleased()) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "operation forbidden on released memoryview object");
        }
    }

    /** An item index, negative ones from the end; IndexError "index out of bounds on dimension 1". */
    static int index(Node location, Object key, int length) {
        long i;
        if (key instanceof Long l) {
            i = l;
        } else if (key instanceof Boolean b) {
            i = b ? 1 : 0;
        } else if (key instanceof BigInteger) {
            i = Long.MAX_VALUE;
        } else {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "memoryview: invalid slice key");
        }
        long j = i < 0 ? i + length : i;
        if (j < 0 || j >= length) {
            throw PythonErrors.raise(location, BuiltinType.INDEX_ERROR, "index out of bounds on dimension 1");
        }
        return (int) j;
    }

    @TruffleBoundary
    static PMemoryView slice(PMemoryView view, PSlice slice) {
        SliceRange r = slice.resolve(view.length());
        return new PMemoryView(view.getBase(), view.getOffset() + r.start() * view.getStride(), r.length(),
                        view.getStride() * r.step(), view.getFormat(), view.isReadonly(), null);
    }

    @TruffleBoundary
    static Object[] items(PMemoryView view) {
        Object[] items = new Object[view.length()];
        for (int i = 0; i < items.length; i++) {
            items[i] = view.item(i);
        }
        return items;
    }

    @TruffleBoundary
    static PList toList(PMemoryView view) {
        Object[] items = items(view);
        int[] shape = view.getShape();
        if (shape == null || shape.length != 2) {
            return new PList(items);
        }
        Object[] rows = new Object[shape[0]];
        for (int r = 0; r < shape[0]; r++) {
            Object[] row = new Object[shape[1]];
            System.arraycopy(items, r * shape[1], row, 0, shape[1]);
            rows[r] = new PList(row);
        }
        return new PList(rows);
    }

    /** Equal item by item, as struct values (so NaN items are unequal); views of different lengths never are. */
    @TruffleBoundary
    static boolean sameItems(Node location, PMemoryView a, PMemoryView b) {
        if (a.length() != b.length()) {
            return false;
        }
        BuiltinEquality equality = new BuiltinEquality(taipan.language.TaipanLanguage.get(location).threadingMode());
        for (int i = 0; i < a.length(); i++) {
            Object x = a.item(i);
            Object y = b.item(i);
            if (x instanceof Double d && d.isNaN() || !equality.eq(x, y)) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    static boolean hasNaN(PMemoryView view) {
        for (int i = 0; i < view.length(); i++) {
            if (view.item(i) instanceof Double d && d.isNaN()) {
                return true;
            }
        }
        return false;
    }

    /** {@code view[slice] = value}: a bytes-like value of exactly the slice's length. */
    @TruffleBoundary
    static void assignSlice(Node location, PMemoryView view, PSlice slice, Object value) {
        PMemoryView target = slice(view, slice);
        byte[] src;
        if (value instanceof PBytesLike b) {
            src = b.toByteArray();
        } else if (value instanceof PMemoryView m) {
            src = m.toBytes();
        } else {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "a bytes-like object is required, not '%s'",
                            PythonErrors.typeName(location, value));
        }
        int size = view.getItemSize();
        if (src.length != target.length() * size) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR,
                            "memoryview assignment: lvalue and rvalue have different structures");
        }
        for (int i = 0; i < target.length(); i++) {
            byte[] item = new byte[size];
            System.arraycopy(src, i * size, item, 0, size);
            target.setItemBytes(i, item);
        }
    }

    /** A value as the bytes of one item of {@code format}; CPython's messages for a wrong type or range. */
    @TruffleBoundary
    static byte[] encode(Node location, char format, Object value) {
        ByteBuffer out = ByteBuffer.allocate(PMemoryView.itemSize(format)).order(ByteOrder.LITTLE_ENDIAN);
        if (format == 'f' || format == 'd') {
            double d = value instanceof Double x ? x : value instanceof Long l ? l : value instanceof Boolean b ? (b ? 1 : 0)
                            : Double.NaN;
            if (!(value instanceof Double || value instanceof Long || value instanceof Boolean)) {
                throw invalidType(location, format);
            }
            return format == 'f' ? out.putFloat((float) d).array() : out.putDouble(d).array();
        } else if (format == 'c') {
            if (value instanceof PBytesLike b && b.length() == 1) {
                return new byte[]{(byte) b.get(0)};
            }
            throw invalidType(location, format);
        }
        long v;
        if (value instanceof Long l) {
            v = l;
        } else if (value instanceof Boolean b) {
            v = b ? 1 : 0;
        } else if (value instanceof BigInteger) {
            throw invalidValue(location, format);
        } else {
            throw invalidType(location, format);
        }
        if (!fits(format, v)) {
            throw invalidValue(location, format);
        }
        switch (out.capacity()) {
            case 1 -> out.put((byte) v);
            case 2 -> out.putShort((short) v);
            case 4 -> out.putInt((int) v);
            default -> out.putLong(v);
        }
        return out.array();
    }

    private static boolean fits(char format, long v) {
        return switch (format) {
            case 'B' -> v >= 0 && v <= 0xFF;
            case 'b' -> v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE;
            case '?' -> true;
            case 'H' -> v >= 0 && v <= 0xFFFF;
            case 'h' -> v >= Short.MIN_VALUE && v <= Short.MAX_VALUE;
            case 'I' -> v >= 0 && v <= 0xFFFFFFFFL;
            case 'i' -> v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
            case 'L', 'Q', 'N', 'P' -> v >= 0;
            default -> true;
        };
    }

    private static RuntimeException invalidType(Node location, char format) {
        return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "memoryview: invalid type for format '%s'",
                        String.valueOf(format));
    }

    private static RuntimeException invalidValue(Node location, char format) {
        return PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "memoryview: invalid value for format '%s'",
                        String.valueOf(format));
    }

    /** {@code cast(format, shape)} of a contiguous view: one dimension, or the rows and columns of a shape. */
    @TruffleBoundary
    static PMemoryView cast(Node location, PMemoryView view, Object format, Object shape) {
        String f = format instanceof TruffleString s ? s.toJavaStringUncached() : null;
        if (f == null) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "memoryview: format argument must be a string");
        }
        if (f.startsWith("@")) {
            f = f.substring(1);
        }
        if (f.length() != 1 || PMemoryView.itemSize(f.charAt(0)) == 0) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "memoryview: destination format must be a "
                            + "native single character format prefixed with an optional '@'");
        }
        char c = f.charAt(0);
        byte[] data = view.toBytes();
        int size = PMemoryView.itemSize(c);
        if (data.length % size != 0) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "memoryview: length is not a multiple of itemsize");
        }
        int[] dims = null;
        if (shape != PNone.NO_VALUE && shape != PNone.NONE) {
            Object[] items = shape instanceof PList l ? l.getStorage().toArray(taipan.language.TaipanLanguage.get(location)
                            .threadingMode()) : shape instanceof PTuple t ? t.getItems() : new Object[0];
            dims = new int[items.length];
            long product = size;
            for (int i = 0; i < items.length; i++) {
                dims[i] = (int) (long) (Long) items[i];
                product *= dims[i];
            }
            if (product != data.length) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                                "memoryview: product(shape) * itemsize != buffer size");
            }
            dims = dims.length == 1 ? null : dims;
        }
        boolean contiguous = view.getStride() == view.getItemSize();
        PBytesLike base = contiguous ? view.getBase() : new taipan.runtime.bytes.PBytes(data);
        int offset = contiguous ? view.getOffset() : 0;
        return new PMemoryView(base, offset, data.length / size, size, c, view.isReadonly(), dims);
    }

}
