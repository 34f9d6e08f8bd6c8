package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.bytes.BytesRepr;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.bytes.PMemoryView;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.object.PSlice;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** {@code memoryview} (CPython's {@code Objects/memoryobject.c}) over bytes and bytearray, one dimension. */
@CoreFunctions(extendClasses = BuiltinType.MEMORYVIEW)
public final class MemoryViewBuiltins {

    private MemoryViewBuiltins() {
    }

    @Builtin(name = "memoryview", parameterNames = {"cls", "object"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false, constructsClass = BuiltinType.MEMORYVIEW)
    abstract static class MemoryViewNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doNew(@SuppressWarnings("unused") Object cls, Object object) {
            if (object instanceof PBytesLike b) {
                return PMemoryView.of(b);
            } else if (object instanceof PMemoryView m) {
                MemoryViews.check(this, m);
                return new PMemoryView(m.getBase(), m.getOffset(), m.length(), m.getStride(), m.getFormat(),
                                m.isReadonly(), m.getShape()).inheritExporter(m);
            } else if (object instanceof taipan.runtime.array.PArray a) {
                return a.exportView();
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "memoryview: a bytes-like object is required, not '%s'",
                            PythonErrors.typeName(this, object));
        }
    }

    @Builtin(name = "__len__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        long doLen(PMemoryView self) {
            MemoryViews.check(this, self);
            return self.getShape() != null ? self.getShape()[0] : self.length();
        }
    }

    @Builtin(name = "__getitem__", parameterNames = {"self", "key"}, minNumOfPositionalArgs = 2)
    abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doGet(PMemoryView self, Object key) {
            MemoryViews.check(this, self);
            if (key instanceof PSlice slice) {
                return MemoryViews.slice(self, slice);
            } else if (key instanceof PTuple t && self.getShape() != null && t.length() == 2) {
                int[] shape = self.getShape();
                int row = MemoryViews.index(this, t.getItems()[0], shape[0]);
                int col = MemoryViews.index(this, t.getItems()[1], shape[1]);
                return self.item(row * shape[1] + col);
            }
            return self.item(MemoryViews.index(this, key, self.length()));
        }
    }

    @Builtin(name = "__setitem__", parameterNames = {"self", "key", "value"}, minNumOfPositionalArgs = 3)
    abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doSet(PMemoryView self, Object key, Object value) {
            MemoryViews.check(this, self);
            if (self.isReadonly()) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "cannot modify read-only memory");
            }
            if (key instanceof PSlice slice) {
                MemoryViews.assignSlice(this, self, slice, value);
            } else {
                int i = MemoryViews.index(this, key, self.length());
                self.setItemBytes(i, MemoryViews.encode(this, self.getFormat(), value));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "tobytes", parameterNames = {"self", "order"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class ToBytesNode extends PythonBinaryBuiltinNode {
        @Specialization
        PBytes doIt(PMemoryView self, @SuppressWarnings("unused") Object order) {
            MemoryViews.check(this, self);
            return new PBytes(self.toBytes());
        }
    }

    @Builtin(name = "tolist", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ToListNode extends PythonUnaryBuiltinNode {
        @Specialization
        PList doIt(PMemoryView self) {
            MemoryViews.check(this, self);
            return MemoryViews.toList(self);
        }
    }

    @Builtin(name = "hex", parameterNames = {"self", "sep", "bytes_per_sep"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class HexNode extends PythonTernaryBuiltinNode {
        @Specialization
        TruffleString doHex(PMemoryView self, Object sep, Object perSep) {
            MemoryViews.check(this, self);
            String s = sep == PNone.NO_VALUE ? null : sep instanceof TruffleString t ? t.toJavaStringUncached() : null;
            long per = StrArgs.integer(this, perSep, 1);
            byte[] data = self.toBytes();
            return PyStrings.of(BytesRepr.hex(data, data.length, s, (int) per));
        }
    }

    @Builtin(name = "release", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReleaseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PMemoryView self) {
            self.release();
            return PNone.NONE;
        }
    }

    @Builtin(name = "__enter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class EnterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PMemoryView self) {
            MemoryViews.check(this, self);
            return self;
        }
    }

    @Builtin(name = "__exit__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class ExitNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doIt(PMemoryView self, @SuppressWarnings("unused") Object args) {
            self.release();
            return PNone.NONE;
        }
    }

    @Builtin(name = "toreadonly", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ToReadonlyNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PMemoryView self) {
            MemoryViews.check(this, self);
            return new PMemoryView(self.getBase(), self.getOffset(), self.length(), self.getStride(), self.getFormat(),
                            true, self.getShape());
        }
    }

    @Builtin(name = "cast", parameterNames = {"self", "format", "shape"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false)
    abstract static class CastNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(PMemoryView self, Object format, Object shape) {
            MemoryViews.check(this, self);
            return MemoryViews.cast(this, self, format, shape);
        }
    }

    @Builtin(name = "__eq__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PMemoryView self, Object other) {
            if (self == other) {
                return !MemoryViews.hasNaN(self);
            } else if (self.isReleased() || other instanceof PMemoryView m && m.isReleased()) {
                return false;
            } else if (other instanceof PMemoryView m) {
                return MemoryViews.sameItems(this, self, m);
            } else if (other instanceof PBytesLike b) {
                return MemoryViews.sameItems(this, self, PMemoryView.of(b));
            }
            return PNotImplemented.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__hash__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PMemoryView self) {
            MemoryViews.check(this, self);
            if (!self.isReadonly()) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "cannot hash writable memoryview object");
            }
            return (long) new PBytes(self.toBytes()).hashCode();
        }
    }

    @Builtin(name = "__iter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PMemoryView self) {
            MemoryViews.check(this, self);
            Object[] items = MemoryViews.items(self);
            return new taipan.runtime.iterator.PSequenceIterator(new PTuple(items), items.length);
        }
    }
}
