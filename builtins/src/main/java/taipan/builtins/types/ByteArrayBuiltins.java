package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.bytes.BytesContains;
import taipan.runtime.bytes.BytesOps;
import taipan.runtime.bytes.PByteArray;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.str.StrException;
import taipan.runtime.type.BuiltinType;

/** The mutating methods of {@code bytearray} ({@code Objects/bytearrayobject.c}) and {@code bytearray.fromhex}. */
@CoreFunctions(extendClasses = BuiltinType.BYTEARRAY)
public final class ByteArrayBuiltins {

    private ByteArrayBuiltins() {
    }

    /** An int item to store: ValueError outside 0..255, TypeError for other types. */
    static int item(Node location, Object value) {
        if (value instanceof Long l) {
            return BytesContains.byteValue(location, l);
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                        PythonErrors.typeName(location, value));
    }

    @Builtin(name = "append", parameterNames = {"self", "item"}, minNumOfPositionalArgs = 2)
    abstract static class AppendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PByteArray self, Object value) {
            self.append(item(this, value));
            return PNone.NONE;
        }
    }

    @Builtin(name = "extend", parameterNames = {"self", "iterable_of_ints"}, minNumOfPositionalArgs = 2)
    abstract static class ExtendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PByteArray self, Object iterable, @Cached PyObjectGetIterNode getIter,
                        @Cached PyIterNextNode next) {
            if (iterable instanceof TruffleString) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "expected iterable of integers; got: 'str'");
            }
            if (iterable instanceof Long) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "can't extend bytearray with int");
            }
            byte[] bytes = BytesBuiltins.construct(this, "bytearray", iterable, PNone.NO_VALUE, PNone.NO_VALUE,
                            getIter, next);
            self.extend(bytes, bytes.length);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", parameterNames = {"self", "index"}, minNumOfPositionalArgs = 1)
    abstract static class PopNode extends PythonBinaryBuiltinNode {
        @Specialization
        long doIt(PByteArray self, Object index) {
            synchronized (self) {
                int n = self.length();
                if (n == 0) {
                    throw PythonErrors.raise(this, BuiltinType.INDEX_ERROR, "pop from empty bytearray");
                }
                long i = StrArgs.integer(this, index, -1);
                i = i < 0 ? i + n : i;
                if (i < 0 || i >= n) {
                    throw PythonErrors.raise(this, BuiltinType.INDEX_ERROR, "pop index out of range");
                }
                return self.pop((int) i);
            }
        }
    }

    @Builtin(name = "insert", parameterNames = {"self", "index", "item"}, minNumOfPositionalArgs = 3)
    abstract static class InsertNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(PByteArray self, Object index, Object value) {
            int v = item(this, value);
            long i = StrArgs.integer(this, index, 0);
            synchronized (self) {
                int n = self.length();
                i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
                self.insert((int) i, v);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "remove", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 2)
    abstract static class RemoveNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PByteArray self, Object value) {
            int v = item(this, value);
            synchronized (self) {
                int i = BytesOps.indexOf(self.array(), self.length(), v, 0);
                if (i < 0) {
                    throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "value not found in bytearray");
                }
                self.pop(i);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "reverse", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReverseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PByteArray self) {
            self.reverse();
            return PNone.NONE;
        }
    }

    @Builtin(name = "clear", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PByteArray self) {
            self.setContents(new byte[0]);
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PByteArray self) {
            return new PByteArray(self.toByteArray());
        }
    }

    @Builtin(name = "fromhex", parameterNames = {"cls_or_string", "string"}, minNumOfPositionalArgs = 1)
    abstract static class FromHexNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object first, Object second) {
            return new PByteArray(fromHex(this, second == PNone.NO_VALUE ? first : second));
        }
    }

    /** {@code fromhex(string)}, reached as {@code bytes.fromhex(s)} or through an instance. */
    static byte[] fromHex(Node location, Object string) {
        if (!(string instanceof TruffleString s)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "fromhex() argument must be str, not %s",
                            PythonErrors.typeName(location, string));
        }
        try {
            return BytesOps.fromHex(s.toJavaStringUncached());
        } catch (StrException e) {
            throw BytesArgs.raise(location, e);
        }
    }

    /** Whether a value is a bytes-like object (for the {@code +=} path). */
    static boolean isBytesLike(Object value) {
        return value instanceof PBytesLike;
    }
}
