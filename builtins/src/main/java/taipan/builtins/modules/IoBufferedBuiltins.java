package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.object.SlowCompare;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PFunction;
import taipan.runtime.io.PBuffered;
import taipan.runtime.io.PBuffered.Kind;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** The methods of {@code BufferedReader}, {@code BufferedWriter}, {@code BufferedRandom} and {@code BufferedRWPair}. */
@CoreFunctions(extendClasses = {BuiltinType.BUFFERED_READER, BuiltinType.BUFFERED_WRITER, BuiltinType.BUFFERED_RANDOM,
                BuiltinType.BUFFERED_RW_PAIR})
public final class IoBufferedBuiltins {

    private IoBufferedBuiltins() {
    }

    /** {@code __init__} of the three single-stream classes: checks the raw stream can do what the kind needs. */
    @TruffleBoundary
    static void init(Node node, PBuffered self, Kind kind, Object raw, Object size) {
        int bufferSize = bufferSize(node, size);
        if (kind != Kind.WRITER) {
            requireCapability(node, raw, "readable", "File or stream is not readable.");
        }
        if (kind != Kind.READER) {
            requireCapability(node, raw, "writable", "File or stream is not writable.");
        }
        if (kind == Kind.RANDOM) {
            requireCapability(node, raw, "seekable", "File or stream is not seekable.");
        }
        self.init(kind, raw, null, bufferSize);
    }

    private static int bufferSize(Node node, Object size) {
        long n = size == PNone.NO_VALUE ? IoModuleBuiltins.DEFAULT_BUFFER_SIZE : NumberArgs.asLong(node, size);
        if (n <= 0) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "buffer size must be strictly positive");
        }
        return (int) Math.min(n, 1 << 30);
    }

    private static void requireCapability(Node node, Object raw, String method, String message) {
        if (!SlowCompare.isTrue(node, IoArgs.callMethod(node, raw, method))) {
            throw IoArgs.unsupported(node, message);
        }
    }

    static Object create(Node node, Object cls, Kind kind, Object raw, Object size) {
        PythonClass type = (PythonClass) cls;
        PBuffered result = new PBuffered(type.getInstanceShape());
        if (!(type.lookup("__init__") instanceof PFunction)) {
            init(node, result, kind, raw, size);
        }
        return result;
    }

    @Builtin(name = "BufferedReader", parameterNames = {"cls", "raw", "buffer_size"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false, constructsClass = BuiltinType.BUFFERED_READER)
    abstract static class BufferedReaderNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doCreate(Object cls, Object raw, Object size) {
            return create(this, cls, Kind.READER, raw, size);
        }
    }

    @Builtin(name = "BufferedWriter", parameterNames = {"cls", "raw", "buffer_size"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false, constructsClass = BuiltinType.BUFFERED_WRITER)
    abstract static class BufferedWriterNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doCreate(Object cls, Object raw, Object size) {
            return create(this, cls, Kind.WRITER, raw, size);
        }
    }

    @Builtin(name = "BufferedRandom", parameterNames = {"cls", "raw", "buffer_size"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false, constructsClass = BuiltinType.BUFFERED_RANDOM)
    abstract static class BufferedRandomNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doCreate(Object cls, Object raw, Object size) {
            return create(this, cls, Kind.RANDOM, raw, size);
        }
    }

    @Builtin(name = "BufferedRWPair", parameterNames = {"cls", "reader", "writer", "buffer_size"},
                    minNumOfPositionalArgs = 3, constructsClass = BuiltinType.BUFFERED_RW_PAIR)
    abstract static class BufferedRWPairNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doCreate(Object[] arguments) {
            PBuffered result = new PBuffered(((PythonClass) arguments[0]).getInstanceShape());
            int size = bufferSize(this, arguments[3]);
            requireCapability(this, arguments[1], "readable", "\"reader\" argument must be readable.");
            requireCapability(this, arguments[2], "writable", "\"writer\" argument must be writable.");
            result.init(Kind.RWPAIR, arguments[1], arguments[2], size);
            return result;
        }
    }

    @Builtin(name = "__init__", parameterNames = {"self", "raw", "buffer_size"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false)
    abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doInit(PBuffered self, Object raw, Object size) {
            PythonClass cls = self.getPythonClass();
            Kind kind = cls.getSolidBase() == BuiltinType.BUFFERED_WRITER ? Kind.WRITER
                            : cls.getSolidBase() == BuiltinType.BUFFERED_RANDOM ? Kind.RANDOM : Kind.READER;
            init(this, self, kind, raw, size);
            return PNone.NONE;
        }
    }

    @Builtin(name = "read", parameterNames = {"self", "size"}, minNumOfPositionalArgs = 1)
    abstract static class ReadNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doRead(PBuffered self, Object size) {
            long n = IoArgs.size(this, size);
            IoBufferedOps.readable(this, self, "read of");
            if (n < -1) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "read length must be non-negative or -1");
            }
            return IoBufferedOps.read(this, self, n);
        }
    }

    @Builtin(name = "read1", parameterNames = {"self", "size"}, minNumOfPositionalArgs = 1)
    abstract static class Read1Node extends PythonBinaryBuiltinNode {
        @Specialization
        Object doRead(PBuffered self, Object size) {
            long n = IoArgs.size(this, size);
            return new PBytes(IoBufferedOps.read1(this, IoBufferedOps.readable(this, self, "read of"), n));
        }
    }

    @Builtin(name = "peek", parameterNames = {"self", "size"}, minNumOfPositionalArgs = 1)
    abstract static class PeekNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doPeek(PBuffered self, @SuppressWarnings("unused") Object size) {
            return new PBytes(IoBufferedOps.peek(this, IoBufferedOps.readable(this, self, "peek of")));
        }
    }

    @Builtin(name = "readinto", parameterNames = {"self", "buffer"}, minNumOfPositionalArgs = 2)
    abstract static class ReadintoNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doRead(PBuffered self, Object buffer) {
            int capacity = IoArgs.writableCapacity(this, buffer);
            Object got = IoBufferedOps.read(this, IoBufferedOps.readable(this, self, "readinto of"), capacity);
            if (got == PNone.NONE) {
                return PNone.NONE;
            }
            byte[] data = ((PBytes) got).array();
            IoArgs.copyInto(buffer, data);
            return (long) ((PBytes) got).length();
        }
    }

    @Builtin(name = "readinto1", parameterNames = {"self", "buffer"}, minNumOfPositionalArgs = 2)
    abstract static class Readinto1Node extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doRead(PBuffered self, Object buffer) {
            int capacity = IoArgs.writableCapacity(this, buffer);
            byte[] data = IoBufferedOps.read1(this, IoBufferedOps.readable(this, self, "readinto of"), capacity);
            IoArgs.copyInto(buffer, data);
            return (long) data.length;
        }
    }

    @Builtin(name = "readline", parameterNames = {"self", "size"}, minNumOfPositionalArgs = 1)
    abstract static class ReadlineNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doRead(PBuffered self, Object size) {
            long n = IoArgs.size(this, size);
            return new PBytes(IoBufferedOps.readline(this, IoBufferedOps.readable(this, self, "readline of"), n));
        }
    }

    @Builtin(name = "__next__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doNext(PBuffered self) {
            byte[] line = IoBufferedOps.readline(this, IoBufferedOps.readable(this, self, "readline of"), -1);
            if (line.length == 0) {
                throw taipan.nodes.generator.GeneratorErrors.stopIteration(this, PNone.NONE);
            }
            return new PBytes(line);
        }
    }

    @Builtin(name = "write", parameterNames = {"self", "b"}, minNumOfPositionalArgs = 2)
    abstract static class WriteNode extends PythonBinaryBuiltinNode {
        @Specialization
        long doWrite(PBuffered self, Object b) {
            IoBufferedOps.writable(this, self, "write to");
            return IoBufferedOps.write(this, self, IoArgs.bytes(this, b));
        }
    }

    @Builtin(name = "flush", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class FlushNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doFlush(PBuffered self) {
            IoBufferedOps.check(this, self, "flush of");
            IoBufferedOps.flushWrites(this, self);
            if (self.canWrite() && !(self.getWriterRaw() instanceof taipan.runtime.io.PFileIO)) {
                IoArgs.callMethod(this, self.getWriterRaw(), "flush");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "seek", parameterNames = {"self", "target", "whence"}, minNumOfPositionalArgs = 2)
    abstract static class SeekNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doSeek(PBuffered self, Object target, Object whence) {
            long w = whence == PNone.NO_VALUE ? 0 : NumberArgs.asLong(this, whence);
            if (w < 0 || w > 2) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "whence value %d unsupported", w);
            }
            IoBufferedOps.check(this, self, "seek of");
            return IoBufferedOps.seek(this, self, NumberArgs.asLong(this, target), (int) w);
        }
    }

    @Builtin(name = "tell", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class TellNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doTell(PBuffered self) {
            return IoBufferedOps.tell(this, IoBufferedOps.check(this, self, null));
        }
    }

    @Builtin(name = "truncate", parameterNames = {"self", "pos"}, minNumOfPositionalArgs = 1)
    abstract static class TruncateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doTruncate(PBuffered self, Object pos) {
            IoBufferedOps.writable(this, self, "truncate of");
            IoBufferedOps.flushWrites(this, self);
            Object target = pos == PNone.NO_VALUE || pos == PNone.NONE ? (Object) IoBufferedOps.tell(this, self) : pos;
            IoBufferedOps.dropReadAhead(this, self);
            return IoArgs.callMethod(this, self.getRaw(), "truncate", target);
        }
    }

    @Builtin(name = "close", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doClose(PBuffered self) {
            IoBufferedOps.check(this, self, null);
            if (IoBufferedOps.isClosed(this, self)) {
                return PNone.NONE;
            }
            try {
                if (self.canWrite()) {
                    IoBufferedOps.flushWrites(this, self);
                }
            } finally {
                taipan.language.PythonContext.get(this).getOpenFiles().unregister(self);
                IoArgs.callMethod(this, self.getRaw(), "close");
                if (self.getKind() == Kind.RWPAIR) {
                    IoArgs.callMethod(this, self.getWriterRaw(), "close");
                }
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "detach", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class DetachNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doDetach(PBuffered self) {
            IoBufferedOps.check(this, self, null);
            IoBufferedOps.flushWrites(this, self);
            return self.detach();
        }
    }

    @Builtin(name = "raw", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class RawNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PBuffered self) {
            return IoBufferedOps.check(this, self, null).getRaw();
        }
    }

    @Builtin(name = "closed", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ClosedNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(PBuffered self) {
            return IoBufferedOps.isClosed(this, IoBufferedOps.check(this, self, null));
        }
    }

    @Builtin(name = "name", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NameNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PBuffered self) {
            return ObjectAttributes.getAttribute(this, IoBufferedOps.check(this, self, null).getRaw(), "name");
        }
    }

    @Builtin(name = "mode", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ModeNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PBuffered self) {
            return ObjectAttributes.getAttribute(this, IoBufferedOps.check(this, self, null).getRaw(), "mode");
        }
    }

    /** {@code fileno}, {@code isatty}, {@code seekable}: asked of the raw stream. */
    @Builtin(name = "fileno", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class FilenoNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PBuffered self) {
            return IoArgs.callMethod(this, IoBufferedOps.check(this, self, null).getRaw(), "fileno");
        }
    }

    @Builtin(name = "isatty", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsattyNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PBuffered self) {
            return IoArgs.callMethod(this, IoBufferedOps.check(this, self, null).getWriterRaw(), "isatty");
        }
    }

    @Builtin(name = "seekable", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class SeekableNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PBuffered self) {
            return self.getKind() != Kind.RWPAIR && SlowCompare.isTrue(this,
                            IoArgs.callMethod(this, IoBufferedOps.check(this, self, null).getRaw(), "seekable"));
        }
    }

    @Builtin(name = "readable", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReadableNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PBuffered self) {
            IoBufferedOps.check(this, self, null);
            return self.canRead() && SlowCompare.isTrue(this, IoArgs.callMethod(this, self.getRaw(), "readable"));
        }
    }

    @Builtin(name = "writable", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class WritableNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PBuffered self) {
            IoBufferedOps.check(this, self, null);
            return self.canWrite() && SlowCompare.isTrue(this, IoArgs.callMethod(this, self.getWriterRaw(), "writable"));
        }
    }

    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PBuffered self) {
            String cls = IoArgs.qualifiedName(this, self);
            Object name = self.isReady() && !self.isDetached() ? IoArgs.optionalAttribute(this, self.getRaw(), "name") : null;
            return taipan.runtime.str.PyStrings.of(name == null ? "<" + cls + ">"
                            : "<" + cls + " name=" + taipan.runtime.object.Repr.repr(name) + ">");
        }
    }
}
