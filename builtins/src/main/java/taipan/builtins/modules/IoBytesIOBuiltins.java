package taipan.builtins.modules;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.generator.GeneratorErrors;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PFunction;
import taipan.runtime.io.PBytesIO;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code _io.BytesIO}'s methods (CPython's {@code bytesio_methods} in {@code Modules/_io/bytesio.c}). */
@CoreFunctions(extendClasses = BuiltinType.BYTES_IO)
public final class IoBytesIOBuiltins {

    private IoBytesIOBuiltins() {
    }

    static PBytesLike bytesLike(Node node, Object value) {
        if (value instanceof PBytesLike b) {
            return b;
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "a bytes-like object is required, not '%s'",
                        PythonErrors.typeName(node, value));
    }

    static void init(Node node, PBytesIO self, Object initialBytes) {
        self.reset();
        if (initialBytes != PNone.NO_VALUE && initialBytes != PNone.NONE) {
            byte[] b = IoArgs.bytes(node, initialBytes);
            self.write(b, b.length);
            self.setPosition(0);
        }
    }

    /** CPython's {@code CHECK_EXPORTS}: no write, truncate or close while a {@code getbuffer()} view lives. */
    static PBytesIO unexported(Node node, PBytesIO self) {
        if (self.isExported()) {
            throw PythonErrors.raise(node, BuiltinType.BUFFER_ERROR, "Existing exports of data: object cannot be re-sized");
        }
        return self;
    }

    static PBytesIO open(Node node, PBytesIO self) {
        IoArgs.checkClosed(node, self.isClosed());
        return self;
    }

    @Builtin(name = "BytesIO", parameterNames = {"cls", "initial_bytes"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false, constructsClass = BuiltinType.BYTES_IO)
    abstract static class BytesIONode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doCreate(Object cls, Object initialBytes) {
            PythonClass type = (PythonClass) cls;
            PBytesIO result = new PBytesIO(type.getInstanceShape());
            if (!(type.lookup("__init__") instanceof PFunction)) {
                init(this, result, initialBytes);
            }
            return result;
        }
    }

    @Builtin(name = "__init__", parameterNames = {"self", "initial_bytes"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class InitNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doInit(PBytesIO self, Object initialBytes) {
            init(this, self, initialBytes);
            return PNone.NONE;
        }
    }

    @Builtin(name = "write", parameterNames = {"self", "b"}, minNumOfPositionalArgs = 2)
    abstract static class WriteNode extends PythonBinaryBuiltinNode {
        @Specialization
        long doWrite(PBytesIO self, Object b) {
            unexported(this, open(this, self));
            byte[] data = IoArgs.bytes(this, b);
            return self.write(data, data.length);
        }
    }

    @Builtin(name = "read", parameterNames = {"self", "size"}, minNumOfPositionalArgs = 1)
    abstract static class ReadNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doRead(PBytesIO self, Object size) {
            return new PBytes(open(this, self).read(IoArgs.size(this, size)));
        }
    }

    @Builtin(name = "read1", parameterNames = {"self", "size"}, minNumOfPositionalArgs = 1)
    abstract static class Read1Node extends PythonBinaryBuiltinNode {
        @Specialization
        Object doRead(PBytesIO self, Object size) {
            return new PBytes(open(this, self).read(IoArgs.size(this, size)));
        }
    }

    @Builtin(name = "readline", parameterNames = {"self", "size"}, minNumOfPositionalArgs = 1)
    abstract static class ReadlineNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doReadline(PBytesIO self, Object size) {
            return new PBytes(open(this, self).readline(IoArgs.size(this, size)));
        }
    }

    @Builtin(name = "readlines", parameterNames = {"self", "hint"}, minNumOfPositionalArgs = 1)
    abstract static class ReadlinesNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doReadlines(PBytesIO self, Object hint) {
            return lines(open(this, self), IoArgs.size(this, hint));
        }

        @TruffleBoundary
        private static PList lines(PBytesIO self, long hint) {
            List<Object> result = new ArrayList<>();
            long total = 0;
            for (byte[] line = self.readline(-1); line.length > 0; line = self.readline(-1)) {
                result.add(new PBytes(line));
                total += line.length;
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return new PList(result.toArray());
        }
    }

    @Builtin(name = "__next__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doNext(PBytesIO self) {
            byte[] line = open(this, self).readline(-1);
            if (line.length == 0) {
                throw GeneratorErrors.stopIteration(this, PNone.NONE);
            }
            return new PBytes(line);
        }
    }

    @Builtin(name = "getvalue", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class GetValueNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doGetValue(PBytesIO self) {
            return new PBytes(open(this, self).getValue());
        }
    }

    @Builtin(name = "tell", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class TellNode extends PythonUnaryBuiltinNode {
        @Specialization
        long doTell(PBytesIO self) {
            return open(this, self).getPosition();
        }
    }

    @Builtin(name = "seek", parameterNames = {"self", "pos", "whence"}, minNumOfPositionalArgs = 2)
    abstract static class SeekNode extends PythonTernaryBuiltinNode {
        @Specialization
        long doSeek(PBytesIO self, Object pos, Object whence) {
            open(this, self);
            long w = whence == PNone.NO_VALUE ? 0 : NumberArgs.asLong(this, whence);
            long offset = NumberArgs.asLong(this, pos);
            if (w == 0 && offset < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "negative seek value %d", offset);
            }
            long target = IoArgs.seekTarget(this, offset, w, self.getPosition(), self.getLength(), false);
            self.setPosition((int) Math.min(target, Integer.MAX_VALUE));
            return target;
        }
    }

    @Builtin(name = "truncate", parameterNames = {"self", "size"}, minNumOfPositionalArgs = 1)
    abstract static class TruncateNode extends PythonBinaryBuiltinNode {
        @Specialization
        long doTruncate(PBytesIO self, Object size) {
            unexported(this, open(this, self));
            int n = IoArgs.truncateSize(this, size, self.getPosition());
            self.truncate(n);
            return n;
        }
    }

    @Builtin(name = "close", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doClose(PBytesIO self) {
            unexported(this, self).close();
            return PNone.NONE;
        }
    }

    @Builtin(name = "closed", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ClosedNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doClosed(PBytesIO self) {
            return self.isClosed();
        }
    }

    @Builtin(name = "readable", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReadableNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(PBytesIO self) {
            open(this, self);
            return true;
        }
    }

    @Builtin(name = "writable", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class WritableNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(PBytesIO self) {
            open(this, self);
            return true;
        }
    }

    @Builtin(name = "seekable", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class SeekableNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(PBytesIO self) {
            open(this, self);
            return true;
        }
    }

    @Builtin(name = "getbuffer", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class GetbufferNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PBytesIO self) {
            return taipan.runtime.bytes.PMemoryView.of(open(this, self).export());
        }
    }

    @Builtin(name = "readinto", parameterNames = {"self", "buffer"}, minNumOfPositionalArgs = 2)
    abstract static class ReadintoNode extends PythonBinaryBuiltinNode {
        @Specialization
        long doIt(PBytesIO self, Object buffer) {
            int capacity = IoArgs.writableCapacity(this, buffer);
            byte[] data = open(this, self).read(capacity);
            IoArgs.copyInto(buffer, data);
            return data.length;
        }
    }

    @Builtin(name = "__getstate__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class GetstateNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PBytesIO self) {
            Object dict = IoArgs.optionalAttribute(this, self, "__dict__");
            return new taipan.runtime.object.PTuple(new Object[]{new PBytes(open(this, self).getValue()),
                            (long) self.getPosition(), dict == null ? PNone.NONE : dict});
        }
    }

    @Builtin(name = "__setstate__", parameterNames = {"self", "state"}, minNumOfPositionalArgs = 2)
    abstract static class SetstateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PBytesIO self, Object state) {
            if (!(state instanceof taipan.runtime.object.PTuple t) || t.length() < 3) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "%s.__setstate__ argument should be 3-tuple, got %s", "_io.BytesIO",
                                PythonErrors.typeName(this, state));
            }
            unexported(this, self);
            Object[] items = t.getItems();
            init(this, self, items[0]);
            long position = NumberArgs.asLong(this, items[1]);
            if (position < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "position value cannot be negative");
            }
            self.setPosition((int) Math.min(position, Integer.MAX_VALUE));
            if (items[2] instanceof taipan.runtime.object.PDict d && IoArgs.optionalAttribute(this, self, "__dict__") != null) {
                IoArgs.callMethod(this, taipan.nodes.attribute.ObjectAttributes.getAttribute(this, self, "__dict__"),
                                "update", d);
            }
            return PNone.NONE;
        }
    }
}
