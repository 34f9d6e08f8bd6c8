package taipan.builtins.modules;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.runtime.bytes.PByteArray;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.FormatError;
import taipan.runtime.iterator.PSequenceIterator;
import taipan.runtime.object.PTuple;
import taipan.runtime.struct.PStruct;
import taipan.runtime.struct.StructCodec;
import taipan.runtime.struct.StructFormat;
import taipan.runtime.type.BuiltinType;

/** The operations behind {@code _struct}'s functions and {@code Struct}'s methods, with CPython's messages. */
final class StructArgs {

    private StructArgs() {
    }

    static PException error(Node node, FormatError e) {
        if (StructFormat.ERROR.equals(e.pythonType())) {
            return PythonErrors.raise(node, BuiltinType.STRUCT_ERROR, "%s", e.getMessage());
        }
        return PythonErrors.fromFormatError(node, e);
    }

    /** A format argument (str, bytes or a Struct) compiled. */
    @TruffleBoundary
    static StructFormat format(Node node, Object format) {
        if (format instanceof PStruct s) {
            return s.getFormat();
        }
        String text;
        if (format instanceof TruffleString s) {
            text = s.toJavaStringUncached();
        } else if (format instanceof PBytesLike b) {
            text = new String(b.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR,
                            "Struct() argument 1 must be a str or bytes object, not %s", PythonErrors.typeName(node, format));
        }
        try {
            return StructFormat.parse(text);
        } catch (FormatError e) {
            throw error(node, e);
        }
    }

    static byte[] buffer(Node node, Object buffer) {
        if (buffer instanceof PBytesLike b) {
            return b.toByteArray();
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "a bytes-like object is required, not '%s'",
                        PythonErrors.typeName(node, buffer));
    }

    @TruffleBoundary
    static byte[] pack(Node node, StructFormat format, Object[] values) {
        if (values.length != format.getValueCount()) {
            throw PythonErrors.raise(node, BuiltinType.STRUCT_ERROR, "pack expected %d items for packing (got %d)",
                            format.getValueCount(), values.length);
        }
        byte[] result = new byte[format.getSize()];
        try {
            StructCodec.pack(format, values, result, 0);
        } catch (FormatError e) {
            throw error(node, e);
        }
        return result;
    }

    @TruffleBoundary
    static Object packInto(Node node, StructFormat format, Object buffer, long offset, Object[] values) {
        if (!(buffer instanceof PByteArray target)) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "argument must be read-write bytes-like object, not %s",
                            PythonErrors.typeName(node, buffer));
        }
        byte[] packed = pack(node, format, values);
        int length = target.length();
        long start = offset < 0 ? offset + length : offset;
        if (offset < 0 && start < 0) {
            throw PythonErrors.raise(node, BuiltinType.STRUCT_ERROR, "offset %d out of range for %d-byte buffer", offset, length);
        }
        if (length - start < packed.length) {
            throw PythonErrors.raise(node, BuiltinType.STRUCT_ERROR,
                            "pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)",
                            packed.length + start, packed.length, start, length);
        }
        System.arraycopy(packed, 0, target.array(), (int) start, packed.length);
        return taipan.runtime.object.PNone.NONE;
    }

    @TruffleBoundary
    static PTuple unpack(Node node, StructFormat format, Object buffer) {
        byte[] data = buffer(node, buffer);
        if (data.length != format.getSize()) {
            throw PythonErrors.raise(node, BuiltinType.STRUCT_ERROR, "unpack requires a buffer of %d bytes", format.getSize());
        }
        return new PTuple(StructCodec.unpack(format, data, 0));
    }

    @TruffleBoundary
    static PTuple unpackFrom(Node node, StructFormat format, Object buffer, long offset) {
        byte[] data = buffer(node, buffer);
        long start = offset < 0 ? offset + data.length : offset;
        if (offset < 0 && start < 0) {
            throw PythonErrors.raise(node, BuiltinType.STRUCT_ERROR, "offset %d out of range for %d-byte buffer", offset, data.length);
        }
        if (data.length - start < format.getSize()) {
            throw PythonErrors.raise(node, BuiltinType.STRUCT_ERROR,
                            "unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)",
                            format.getSize() + start, format.getSize(), start, data.length);
        }
        return new PTuple(StructCodec.unpack(format, data, (int) start));
    }

    @TruffleBoundary
    static PSequenceIterator iterUnpack(Node node, StructFormat format, Object buffer) {
        byte[] data = buffer(node, buffer);
        int size = format.getSize();
        if (size == 0) {
            throw PythonErrors.raise(node, BuiltinType.STRUCT_ERROR, "cannot iteratively unpack with a struct of length 0");
        }
        if (data.length % size != 0) {
            throw PythonErrors.raise(node, BuiltinType.STRUCT_ERROR,
                            "iterative unpacking requires a buffer of a multiple of %d bytes", size);
        }
        List<Object> items = new ArrayList<>();
        for (int at = 0; at < data.length; at += size) {
            items.add(new PTuple(StructCodec.unpack(format, data, at)));
        }
        return new PSequenceIterator(new PTuple(items.toArray()), items.size());
    }

    static PStruct create(Node node, taipan.runtime.type.PythonClass cls, Object format) {
        return new PStruct(cls.getInstanceShape(), format(node, format), format);
    }

    static TaipanLanguage language(Node node) {
        return TaipanLanguage.get(node);
    }
}
