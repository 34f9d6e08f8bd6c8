package taipan.builtins.modules;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
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
import taipan.runtime.array.ArrayType;
import taipan.runtime.array.PArray;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code array.array}'s constructor and named methods (CPython's {@code Modules/arraymodule.c}). */
@CoreFunctions(extendClasses = BuiltinType.ARRAY)
public final class ArrayBuiltins {

    private ArrayBuiltins() {
    }

    /** Appends every item of {@code iterable} (bytes-like and str initializers are handled by the caller). */
    static void extend(Node node, PArray array, Object iterable, PyObjectGetIterNode getIter, PyIterNextNode next) {
        if (iterable instanceof PArray other) {
            if (other.getType() != array.getType()) {
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "can only extend with array of same kind");
            }
            frombytes(node, array, other.toBytes());
            return;
        }
        Object iterator = getIter.execute(iterable);
        List<Object> items = new ArrayList<>();
        for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
            add(items, item);
        }
        ArrayArgs.appendAll(node, array, toArray(items));
    }

    @TruffleBoundary
    private static void add(List<Object> items, Object item) {
        items.add(item);
    }

    @TruffleBoundary
    private static Object[] toArray(List<Object> items) {
        return items.toArray();
    }

    @TruffleBoundary
    static void frombytes(Node node, PArray array, byte[] bytes) {
        int size = array.getType().itemSize();
        if (bytes.length % size != 0) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "bytes length not a multiple of item size");
        }
        ArrayArgs.checkResizable(node, array);
        int at = array.grow(bytes.length / size);
        System.arraycopy(bytes, 0, array.getData(), at, bytes.length);
    }

    @TruffleBoundary
    static void fromunicode(Node node, PArray array, String text) {
        int[] points = text.codePoints().toArray();
        int at = array.grow(points.length);
        for (int i = 0; i < points.length; i++) {
            array.getType().writeBits(array.getData(), at + 4 * i, points[i]);
        }
    }

    @Builtin(name = "array", parameterNames = {"cls", "typecode", "initializer"}, minNumOfPositionalArgs = 2,
                    constructsClass = BuiltinType.ARRAY)
    abstract static class ArrayNode extends PythonTernaryBuiltinNode {
        @Specialization
        PArray doCreate(Object cls, Object typecode, Object initializer,
                        @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next) {
            ArrayType type = ArrayArgs.typecode(this, typecode);
            PArray array = ArrayArgs.create(this, (PythonClass) cls, type, 0);
            if (initializer == PNone.NO_VALUE) {
                return array;
            } else if (initializer instanceof TruffleString s) {
                if (!type.isUnicode()) {
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                    "cannot use a str to initialize an array with typecode '%s'", String.valueOf(type.code()));
                }
                fromunicode(this, array, PyStrings.toJava(s));
            } else if (initializer instanceof PBytesLike b) {
                frombytes(this, array, b.toByteArray());
            } else if (initializer instanceof PArray other && other.getType().isUnicode() != type.isUnicode()) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "cannot use a unicode array to initialize an array with typecode '%s'", String.valueOf(type.code()));
            } else if (initializer instanceof PArray other) {
                ArrayArgs.appendAll(this, array, ArrayArgs.toList(other).getStorage().toArray(DequeBuiltins.mode(this)));
            } else {
                extend(this, array, initializer, getIter, next);
            }
            return array;
        }
    }

    @Builtin(name = "append", parameterNames = {"self", "v"}, minNumOfPositionalArgs = 2)
    abstract static class AppendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doAppend(PArray self, Object v) {
            ArrayArgs.checkResizable(this, self);
            ArrayArgs.appendAll(this, self, new Object[]{v});
            return PNone.NONE;
        }
    }

    @Builtin(name = "extend", parameterNames = {"self", "bb"}, minNumOfPositionalArgs = 2)
    abstract static class ExtendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doExtend(PArray self, Object bb, @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next) {
            ArrayArgs.checkResizable(this, self);
            extend(this, self, bb, getIter, next);
            return PNone.NONE;
        }
    }

    @Builtin(name = "insert", parameterNames = {"self", "i", "v"}, minNumOfPositionalArgs = 3)
    abstract static class InsertNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doInsert(PArray self, Object i, Object v) {
            ArrayArgs.checkResizable(this, self);
            long at = taipan.builtins.functions.NumberArgs.asLong(this, i);
            int n = self.length();
            at = at < 0 ? Math.max(0, at + n) : Math.min(at, n);
            ArrayArgs.appendAll(this, self, new Object[]{v});
            ArrayOps.move(self, (int) at, n);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", parameterNames = {"self", "i"}, minNumOfPositionalArgs = 1)
    abstract static class PopNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doPop(PArray self, Object i) {
            if (self.length() == 0) {
                throw PythonErrors.raise(this, BuiltinType.INDEX_ERROR, "pop from empty array");
            }
            ArrayArgs.checkResizable(this, self);
            int at = ArrayArgs.index(this, self, i == PNone.NO_VALUE ? -1L : i, "pop index out of range");
            Object item = ArrayArgs.get(self, at);
            ArrayOps.delete(self, at, at + 1);
            return item;
        }
    }

    @Builtin(name = "tobytes", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ToBytesNode extends PythonUnaryBuiltinNode {
        @Specialization
        static PBytes doBytes(PArray self) {
            return new PBytes(self.toBytes());
        }
    }

    @Builtin(name = "frombytes", parameterNames = {"self", "buffer"}, minNumOfPositionalArgs = 2)
    abstract static class FromBytesNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doBytes(PArray self, Object buffer) {
            frombytes(this, self, NativeBufferArgs.bytes(this, buffer));
            return PNone.NONE;
        }
    }

    @Builtin(name = "tolist", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ToListNode extends PythonUnaryBuiltinNode {
        @Specialization
        static PList doList(PArray self) {
            return ArrayArgs.toList(self);
        }
    }

    @Builtin(name = "fromlist", parameterNames = {"self", "list"}, minNumOfPositionalArgs = 2)
    abstract static class FromListNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doList(PArray self, Object list) {
            if (!(list instanceof PList l)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "arg must be list");
            }
            ArrayArgs.checkResizable(this, self);
            ArrayArgs.appendAll(this, self, l.getStorage().toArray(DequeBuiltins.mode(this)));
            return PNone.NONE;
        }
    }

    @Builtin(name = "tounicode", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ToUnicodeNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doUnicode(PArray self) {
            if (!self.getType().isUnicode()) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "tounicode() may only be called on unicode type arrays ('u' or 'w')");
            }
            return PyStrings.of(ArrayArgs.unicode(self));
        }
    }

    @Builtin(name = "fromunicode", parameterNames = {"self", "ustr"}, minNumOfPositionalArgs = 2)
    abstract static class FromUnicodeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doUnicode(PArray self, Object ustr) {
            if (!(ustr instanceof TruffleString s)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "fromunicode() argument must be str, not %s",
                                PythonErrors.typeName(this, ustr));
            } else if (!self.getType().isUnicode()) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "fromunicode() may only be called on unicode type arrays ('u' or 'w')");
            }
            fromunicode(this, self, PyStrings.toJava(s));
            return PNone.NONE;
        }
    }

    @Builtin(name = "byteswap", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ByteswapNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doSwap(PArray self) {
            ArrayOps.byteswap(self);
            return PNone.NONE;
        }
    }

    @Builtin(name = "reverse", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReverseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doReverse(PArray self) {
            ArrayOps.reverse(self);
            return PNone.NONE;
        }
    }

    @Builtin(name = "buffer_info", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class BufferInfoNode extends PythonUnaryBuiltinNode {
        @Specialization
        static PTuple doInfo(PArray self) {
            return new PTuple(new Object[]{(long) System.identityHashCode(self.getData()), (long) self.length()});
        }
    }

    /** Wrapped in a property by {@link NativesSetup}. */
    @Builtin(name = "typecode", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class TypecodeNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doCode(PArray self) {
            return PyStrings.of(String.valueOf(self.getType().code()));
        }
    }

    /** Wrapped in a property by {@link NativesSetup}. */
    @Builtin(name = "itemsize", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ItemsizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doSize(PArray self) {
            return self.getType().itemSize();
        }
    }
}
