package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.bytes.ByteBuilder;
import taipan.runtime.bytes.CodecEncoder;
import taipan.runtime.bytes.PByteArray;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.exception.PException;
import taipan.runtime.object.PNone;
import taipan.runtime.str.StrCodePoints;
import taipan.runtime.str.StrException;
import taipan.runtime.type.BuiltinType;

/** The constructors {@code bytes(...)} and {@code bytearray(...)} (CPython's {@code bytes_new}, {@code bytearray_init}). */
public final class BytesBuiltins {

    private BytesBuiltins() {
    }

    @Builtin(name = "bytes", parameterNames = {"cls", "source", "encoding", "errors"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false, constructsClass = BuiltinType.BYTES)
    abstract static class BytesNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doNew(@SuppressWarnings("unused") Object cls, Object source, Object encoding, Object errors,
                        @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next) {
            if (source instanceof PBytes b && encoding == PNone.NO_VALUE && errors == PNone.NO_VALUE) {
                return b;
            }
            if (source instanceof taipan.runtime.object.PythonObject && encoding == PNone.NO_VALUE) {
                PBytes converted = fromDunder(this, source);
                if (converted != null) {
                    return converted;
                }
            }
            return new PBytes(construct(this, "bytes", source, encoding, errors, getIter, next));
        }
    }

    /** {@code bytes(x)} of an object whose class defines {@code __bytes__}; null when it does not. */
    @TruffleBoundary
    static PBytes fromDunder(Node location, Object source) {
        Object method = taipan.nodes.object.SpecialMethods.lookup(location, source, "__bytes__");
        if (method == null) {
            return null;
        }
        Object result = taipan.nodes.object.SpecialMethods.callAttribute(location, method, source,
                        taipan.nodes.object.SpecialMethods.classOf(location, source), new Object[0]);
        if (taipan.runtime.object.PBuiltinSubclassObject.unwrap(result) instanceof PBytes b) {
            return b;
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "__bytes__ returned non-bytes (type %s)",
                        PythonErrors.typeName(location, result));
    }

    @Builtin(name = "bytearray", parameterNames = {"cls", "source", "encoding", "errors"},
                    minNumOfPositionalArgs = 1, positionalOnly = false, constructsClass = BuiltinType.BYTEARRAY)
    abstract static class ByteArrayNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doNew(@SuppressWarnings("unused") Object cls, Object source, Object encoding, Object errors,
                        @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next) {
            return new PByteArray(construct(this, "bytearray", source, encoding, errors, getIter, next));
        }
    }

    /** The initial bytes of {@code bytes(source, encoding, errors)} or {@code bytearray(...)}. */
    static byte[] construct(Node location, String type, Object source, Object encoding, Object errors,
                    PyObjectGetIterNode getIter, PyIterNextNode next) {
        if (source instanceof TruffleString s) {
            if (encoding == PNone.NO_VALUE) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "string argument without an encoding");
            }
            String enc = BytesArgs.text(location, encoding, type, "encoding", "utf-8");
            String err = BytesArgs.text(location, errors, type, "errors", "strict");
            return encode(location, s, enc, err);
        } else if (encoding != PNone.NO_VALUE || errors != PNone.NO_VALUE) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, source == PNone.NO_VALUE
                            ? "encoding or errors without sequence argument"
                            : encoding != PNone.NO_VALUE ? "encoding without a string argument"
                                            : "errors without a string argument");
        } else if (source == PNone.NO_VALUE) {
            return new byte[0];
        } else if (source instanceof PBytesLike b) {
            return b.toByteArray();
        } else if (source instanceof taipan.runtime.bytes.PMemoryView m) {
            return m.toBytes();
        } else if (source instanceof taipan.runtime.array.PArray a) {
            return a.toBytes();
        } else if (source instanceof Long || source instanceof Boolean) {
            long count = source instanceof Long l ? l : ((Boolean) source ? 1 : 0);
            if (count < 0) {
                throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "negative count");
            } else if (count > Integer.MAX_VALUE - 8) {
                throw PythonErrors.raise(location, BuiltinType.MEMORY_ERROR, "");
            }
            return new byte[(int) count];
        }
        Object iterator;
        try {
            iterator = getIter.execute(source);
        } catch (PException e) {
            if (e.getPythonException().getType().getBuiltinType() != BuiltinType.TYPE_ERROR) {
                throw e;
            }
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "cannot convert '%s' object to %s",
                            PythonErrors.typeName(location, source), type);
        }
        return fromIterator(location, type, iterator, next);
    }

    private static byte[] fromIterator(Node location, String type, Object iterator, PyIterNextNode next) {
        ByteBuilder out = new ByteBuilder(16);
        for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
            long v;
            if (item instanceof Long l) {
                v = l;
            } else if (item instanceof Boolean b) {
                v = b ? 1 : 0;
            } else {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                                "'%s' object cannot be interpreted as an integer", PythonErrors.typeName(location,
                                                item));
            }
            if (v < 0 || v > 255) {
                throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "%s must be in range(0, 256)",
                                type.equals("bytes") ? "bytes" : "byte");
            }
            out.add((int) v);
        }
        return out.toArray();
    }

    @TruffleBoundary
    static byte[] encode(Node location, TruffleString s, String encoding, String errors) {
        try {
            return CodecEncoder.encode(StrCodePoints.toArray(s), encoding, errors);
        } catch (StrException e) {
            if (taipan.builtins.modules.CodecsModuleBuiltins.isUnknownEncoding(e)) {
                return taipan.builtins.modules.CodecsModuleBuiltins.encodeText(location, s, encoding, errors);
            }
            throw BytesArgs.raise(location, e);
        }
    }
}
