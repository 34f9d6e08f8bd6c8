package taipan.builtins.modules;

import java.io.IOException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.function.PFunction;
import taipan.runtime.io.PFileIO;
import taipan.runtime.object.PNone;
import taipan.runtime.posix.PosixErrors;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code _io.FileIO}'s constructor and methods (CPython's {@code fileio_methods} in {@code Modules/_io/fileio.c}). */
@CoreFunctions(extendClasses = BuiltinType.FILE_IO)
public final class IoFileIOBuiltins {

    private IoFileIOBuiltins() {
    }

    /** The open file behind {@code self}; ValueError once closed. */
    static PFileIO open(Node node, PFileIO self) {
        if (self.isClosed()) {
            throw taipan.runtime.exception.PythonErrors.raise(node, BuiltinType.VALUE_ERROR,
                            "I/O operation on closed file");
        }
        return self;
    }

    static PFileIO readable(Node node, PFileIO self) {
        if (!open(node, self).isReadable()) {
            throw IoArgs.unsupported(node, "File not open for reading");
        }
        return self;
    }

    static PFileIO writable(Node node, PFileIO self) {
        if (!open(node, self).isWritable()) {
            throw IoArgs.unsupported(node, "File not open for writing");
        }
        return self;
    }

    @Builtin(name = "FileIO", parameterNames = {"cls", "file", "mode", "closefd", "opener"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false, constructsClass = BuiltinType.FILE_IO)
    abstract static class FileIONode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doCreate(Object[] arguments) {
            PythonClass type = (PythonClass) arguments[0];
            PFileIO result = new PFileIO(type.getInstanceShape());
            if (!(type.lookup("__init__") instanceof PFunction)) {
                IoFileOpener.init(this, result, arguments[1], arguments[2], arguments[3], arguments[4]);
            }
            return result;
        }
    }

    @Builtin(name = "__init__", parameterNames = {"self", "file", "mode", "closefd", "opener"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false)
    abstract static class InitNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doInit(Object[] arguments) {
            IoFileOpener.init(this, (PFileIO) arguments[0], arguments[1], arguments[2], arguments[3], arguments[4]);
            return PNone.NONE;
        }
    }

    @Builtin(name = "read", parameterNames = {"self", "size"}, minNumOfPositionalArgs = 1)
    abstract static class ReadNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doRead(PFileIO self, Object size) {
            long n = IoArgs.size(this, size);
            try {
                readable(this, self);
                return new PBytes(n < 0 ? self.readAll() : self.read((int) Math.min(n, Integer.MAX_VALUE - 8)));
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, null);
            }
        }
    }

    @Builtin(name = "readall", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReadallNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doRead(PFileIO self) {
            try {
                return new PBytes(readable(this, self).readAll());
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, null);
            }
        }
    }

    @Builtin(name = "readinto", parameterNames = {"self", "buffer"}, minNumOfPositionalArgs = 2)
    abstract static class ReadintoNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doRead(PFileIO self, Object buffer) {
            int capacity = IoArgs.writableCapacity(this, buffer);
            try {
                byte[] data = readable(this, self).read(capacity);
                IoArgs.copyInto(buffer, data);
                return (long) data.length;
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, null);
            }
        }
    }

    @Builtin(name = "write", parameterNames = {"self", "b"}, minNumOfPositionalArgs = 2)
    abstract static class WriteNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doWrite(PFileIO self, Object b) {
            byte[] data = IoArgs.bytes(this, b);
            try {
                return (long) writable(this, self).write(data, 0, data.length);
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, null);
            }
        }
    }

    @Builtin(name = "seek", parameterNames = {"self", "pos", "whence"}, minNumOfPositionalArgs = 2)
    abstract static class SeekNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doSeek(PFileIO self, Object pos, Object whence) {
            long offset = NumberArgs.asLong(this, pos);
            long w = whence == PNone.NO_VALUE ? 0 : NumberArgs.asLong(this, whence);
            open(this, self);
            if (w < 0 || w > 2) {
                throw PosixErrors.raise(this, PosixErrors.EINVAL, null, null);
            }
            try {
                return self.seek(offset, (int) w);
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, null);
            }
        }
    }

    @Builtin(name = "tell", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class TellNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doTell(PFileIO self) {
            try {
                return open(this, self).tell();
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, null);
            }
        }
    }

    @Builtin(name = "truncate", parameterNames = {"self", "size"}, minNumOfPositionalArgs = 1)
    abstract static class TruncateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doTruncate(PFileIO self, Object size) {
            writable(this, self);
            try {
                long n = size == PNone.NO_VALUE || size == PNone.NONE ? self.tell() : NumberArgs.asLong(this, size);
                if (n < 0) {
                    throw PosixErrors.raise(this, PosixErrors.EINVAL, null, null);
                }
                return self.truncate(n);
            } catch (IOException e) {
                throw PosixErrors.raise(this, e, null);
            }
        }
    }

    @Builtin(name = "close", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doClose(PFileIO self) {
            IoFileOpener.close(this, self);
            return PNone.NONE;
        }
    }

    @Builtin(name = "fileno", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class FilenoNode extends PythonUnaryBuiltinNode {
        @Specialization
        long doIt(PFileIO self) {
            return open(this, self).getFd();
        }
    }

    @Builtin(name = "isatty", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsattyNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(PFileIO self) {
            open(this, self);
            return false;
        }
    }

    @Builtin(name = "readable", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReadableNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(PFileIO self) {
            return open(this, self).isReadable();
        }
    }

    @Builtin(name = "writable", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class WritableNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(PFileIO self) {
            return open(this, self).isWritable();
        }
    }

    @Builtin(name = "seekable", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class SeekableNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(PFileIO self) {
            return open(this, self).isSeekable();
        }
    }

    @Builtin(name = "closed", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ClosedNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(PFileIO self) {
            return self.isClosed();
        }
    }

    @Builtin(name = "closefd", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ClosefdNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(PFileIO self) {
            return self.isCloseFd();
        }
    }

    @Builtin(name = "mode", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ModeNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PFileIO self) {
            return PyStrings.of(self.getMode());
        }
    }

    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PFileIO self) {
            String cls = IoArgs.qualifiedName(this, self);
            if (self.isClosed()) {
                return PyStrings.of("<" + cls + " [closed]>");
            }
            Object name = IoArgs.optionalAttribute(this, self, "name");
            String nameText = name == null ? "fd=" + self.getFd() : "name=" + taipan.runtime.object.Repr.repr(name);
            return PyStrings.of("<" + cls + " " + nameText + " mode='" + self.getMode() + "' closefd="
                            + (self.isCloseFd() ? "True" : "False") + ">");
        }
    }
}
