package taipan.builtins.modules;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.generator.GeneratorErrors;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.nodes.object.SlowCompare;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PythonObject;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * {@code _io._IOBase}'s default methods (CPython's {@code iobase_methods} in {@code Modules/_io/iobase.c}): they work
 * through the subclass's own {@code read}/{@code readline}/{@code write}/{@code close}, so they go through generic
 * attribute calls; the closed flag of a Python subclass is the instance attribute {@code __IOBase_closed}.
 */
@CoreFunctions(extendClasses = BuiltinType.IO_BASE)
public final class IoBaseBuiltins {

    static final String CLOSED_FLAG = "__IOBase_closed";

    private IoBaseBuiltins() {
    }

    @TruffleBoundary
    static boolean isClosedFlag(Node node, Object self) {
        Object flag = ObjectAttributes.lookupInstanceAttribute(node, self, SpecialMethods.classOf(node, self), CLOSED_FLAG);
        return flag != null && SlowCompare.isTrue(node, flag);
    }

    /** CPython's {@code _checkClosed}: reads {@code self.closed}, which subclasses may override. */
    @TruffleBoundary
    static void checkClosed(Node node, Object self) {
        IoArgs.checkClosed(node, SlowCompare.isTrue(node, ObjectAttributes.getAttribute(node, self, "closed")));
    }

    /** {@code _IOBase.__new__}: a plain instance of the (Python) subclass; the arguments are its {@code __init__}'s. */
    @Builtin(name = "_IOBase", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true, constructsClass = BuiltinType.IO_BASE)
    abstract static class IOBaseNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return new PythonObject(((PythonClass) arguments[0]).getInstanceShape());
        }
    }

    @Builtin(name = "closed", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ClosedNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(Object self) {
            return isClosedFlag(this, self);
        }
    }

    @Builtin(name = "close", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            if (!isClosedFlag(this, self)) {
                try {
                    IoArgs.callMethod(this, self, "flush");
                } finally {
                    ObjectAttributes.setAttribute(this, self, CLOSED_FLAG, true);
                }
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "flush", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class FlushNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            checkClosed(this, self);
            return PNone.NONE;
        }
    }

    @Builtin(name = "_checkClosed", parameterNames = {"self", "msg"}, minNumOfPositionalArgs = 1)
    abstract static class CheckClosedNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, @SuppressWarnings("unused") Object msg) {
            checkClosed(this, self);
            return PNone.NONE;
        }
    }

    @Builtin(name = "fileno", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class FilenoNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object self) {
            throw IoArgs.unsupported(this, "fileno");
        }
    }

    @Builtin(name = "seek", parameterNames = {"self", "pos", "whence"}, minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class SeekNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            throw IoArgs.unsupported(this, "seek");
        }
    }

    @Builtin(name = "truncate", parameterNames = {"self", "pos"}, minNumOfPositionalArgs = 1)
    abstract static class TruncateNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object self, @SuppressWarnings("unused") Object pos) {
            throw IoArgs.unsupported(this, "truncate");
        }
    }

    @Builtin(name = "tell", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class TellNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            return IoArgs.callMethod(this, self, "seek", 0L, 1L);
        }
    }

    @Builtin(name = "isatty", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsattyNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(Object self) {
            checkClosed(this, self);
            return false;
        }
    }

    @Builtin(name = "readable", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReadableNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(@SuppressWarnings("unused") Object self) {
            return false;
        }
    }

    @Builtin(name = "writable", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class WritableNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(@SuppressWarnings("unused") Object self) {
            return false;
        }
    }

    @Builtin(name = "seekable", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class SeekableNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(@SuppressWarnings("unused") Object self) {
            return false;
        }
    }

    @Builtin(name = "__enter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class EnterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            checkClosed(this, self);
            return self;
        }
    }

    @Builtin(name = "__exit__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class ExitNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return IoArgs.callMethod(this, arguments[0], "close");
        }
    }

    @Builtin(name = "__iter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            checkClosed(this, self);
            return self;
        }
    }

    @Builtin(name = "__next__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object self) {
            Object line = IoArgs.callMethod(this, self, "readline");
            if (!SlowCompare.isTrue(this, line)) {
                throw GeneratorErrors.stopIteration(this, PNone.NONE);
            }
            return line;
        }
    }

    @Builtin(name = "readlines", parameterNames = {"self", "hint"}, minNumOfPositionalArgs = 1)
    abstract static class ReadlinesNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object hint) {
            return lines(this, self, IoArgs.size(this, hint));
        }

        @TruffleBoundary
        private static PList lines(Node node, Object self, long hint) {
            List<Object> result = new ArrayList<>();
            long total = 0;
            for (Object line = IoArgs.callMethod(node, self, "readline"); SlowCompare.isTrue(node, line);
                            line = IoArgs.callMethod(node, self, "readline")) {
                result.add(line);
                total += NumberArgs.asLong(node, IoArgs.callMethod(node, line, "__len__"));
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return new PList(result.toArray());
        }
    }

    @Builtin(name = "writelines", parameterNames = {"self", "lines"}, minNumOfPositionalArgs = 2)
    abstract static class WritelinesNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object lines, @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next) {
            checkClosed(this, self);
            Object iterator = getIter.execute(lines);
            for (Object line = next.execute(iterator); line != PyIterNextNode.EXHAUSTED; line = next.execute(iterator)) {
                IoArgs.callMethod(this, self, "write", line);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "readline", parameterNames = {"self", "size"}, minNumOfPositionalArgs = 1)
    abstract static class ReadlineNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object self, Object size) {
            return readLine(this, self, IoArgs.size(this, size));
        }

        @TruffleBoundary
        private static Object readLine(Node node, Object self, long limit) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (limit < 0 || out.size() < limit) {
                Object chunk = IoArgs.callMethod(node, self, "read", 1L);
                if (chunk == PNone.NONE) {
                    break;
                }
                PBytesLike bytes = IoBytesIOBuiltins.bytesLike(node, chunk);
                if (bytes.length() == 0) {
                    break;
                }
                out.write(bytes.toByteArray(), 0, bytes.length());
                if (bytes.get(bytes.length() - 1) == '\n') {
                    break;
                }
            }
            return new PBytes(out.toByteArray());
        }
    }
}
