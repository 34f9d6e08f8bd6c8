package taipan.builtins.modules;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.generator.GeneratorErrors;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PFunction;
import taipan.runtime.io.PStringIO;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code _io.StringIO}'s methods (CPython's {@code stringio_methods} in {@code Modules/_io/stringio.c}). */
@CoreFunctions(extendClasses = BuiltinType.STRING_IO)
public final class IoStringIOBuiltins {

    private IoStringIOBuiltins() {
    }

    static void init(Node node, PStringIO self, Object initialValue, Object newline) {
        String nl;
        if (newline == PNone.NO_VALUE) {
            nl = "\n";
        } else if (newline == PNone.NONE) {
            nl = null;
        } else {
            nl = IoArgs.text(node, newline, "newline");
            if (!(nl.isEmpty() || nl.equals("\n") || nl.equals("\r") || nl.equals("\r\n"))) {
                throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "illegal newline value: %s", taipan.runtime.object.Repr.repr(PyStrings.of(nl)));
            }
        }
        self.reset(nl);
        if (initialValue != PNone.NO_VALUE && initialValue != PNone.NONE) {
            if (!(initialValue instanceof com.oracle.truffle.api.strings.TruffleString s)) {
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "initial_value must be str or None, not %s",
                                PythonErrors.typeName(node, initialValue));
            }
            self.write(s.toJavaStringUncached());
            self.setPosition(0);
        }
    }

    static PStringIO open(Node node, PStringIO self) {
        if (self.isClosed()) {
            // stringio.c's CHECK_CLOSED has no full stop, unlike iobase.c's and bytesio.c's
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "I/O operation on closed file");
        }
        return self;
    }

    @Builtin(name = "StringIO", parameterNames = {"cls", "initial_value", "newline"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false, constructsClass = BuiltinType.STRING_IO)
    abstract static class StringIONode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doCreate(Object cls, Object initialValue, Object newline) {
            PythonClass type = (PythonClass) cls;
            PStringIO result = new PStringIO(type.getInstanceShape());
            if (!(type.lookup("__init__") instanceof PFunction)) {
                init(this, result, initialValue, newline);
            }
            return result;
        }
    }

    @Builtin(name = "__init__", parameterNames = {"self", "initial_value", "newline"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class InitNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doInit(PStringIO self, Object initialValue, Object newline) {
            init(this, self, initialValue, newline);
            return PNone.NONE;
        }
    }

    @Builtin(name = "write", parameterNames = {"self", "s"}, minNumOfPositionalArgs = 2)
    abstract static class WriteNode extends PythonBinaryBuiltinNode {
        @Specialization
        long doWrite(PStringIO self, Object s) {
            open(this, self);
            return self.write(IoArgs.text(this, s, "string"));
        }
    }

    @Builtin(name = "read", parameterNames = {"self", "size"}, minNumOfPositionalArgs = 1)
    abstract static class ReadNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doRead(PStringIO self, Object size) {
            return PyStrings.of(open(this, self).read(IoArgs.size(this, size)));
        }
    }

    @Builtin(name = "readline", parameterNames = {"self", "size"}, minNumOfPositionalArgs = 1)
    abstract static class ReadlineNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doReadline(PStringIO self, Object size) {
            return PyStrings.of(open(this, self).readline(IoArgs.size(this, size)));
        }
    }

    @Builtin(name = "readlines", parameterNames = {"self", "hint"}, minNumOfPositionalArgs = 1)
    abstract static class ReadlinesNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doReadlines(PStringIO self, Object hint) {
            return lines(open(this, self), IoArgs.size(this, hint));
        }

        @TruffleBoundary
        private static PList lines(PStringIO self, long hint) {
            List<Object> result = new ArrayList<>();
            long total = 0;
            for (String line = self.readline(-1); !line.isEmpty(); line = self.readline(-1)) {
                result.add(PyStrings.of(line));
                total += line.length();
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
        Object doNext(PStringIO self) {
            String line = open(this, self).readline(-1);
            if (line.isEmpty()) {
                throw GeneratorErrors.stopIteration(this, PNone.NONE);
            }
            return PyStrings.of(line);
        }
    }

    @Builtin(name = "getvalue", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class GetValueNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doGetValue(PStringIO self) {
            return PyStrings.of(open(this, self).getValue());
        }
    }

    @Builtin(name = "tell", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class TellNode extends PythonUnaryBuiltinNode {
        @Specialization
        long doTell(PStringIO self) {
            return open(this, self).getPosition();
        }
    }

    @Builtin(name = "seek", parameterNames = {"self", "pos", "whence"}, minNumOfPositionalArgs = 2)
    abstract static class SeekNode extends PythonTernaryBuiltinNode {
        @Specialization
        long doSeek(PStringIO self, Object pos, Object whence) {
            open(this, self);
            long w = whence == PNone.NO_VALUE ? 0 : taipan.builtins.functions.NumberArgs.asLong(this, whence);
            long offset = taipan.builtins.functions.NumberArgs.asLong(this, pos);
            long target = IoArgs.seekTarget(this, offset, w, self.getPosition(), self.getLength(), true);
            self.setPosition((int) Math.min(target, Integer.MAX_VALUE));
            return target;
        }
    }

    @Builtin(name = "truncate", parameterNames = {"self", "pos"}, minNumOfPositionalArgs = 1)
    abstract static class TruncateNode extends PythonBinaryBuiltinNode {
        @Specialization
        long doTruncate(PStringIO self, Object pos) {
            open(this, self);
            int size = IoArgs.truncateSize(this, pos, self.getPosition());
            self.truncate(size);
            return size;
        }
    }

    @Builtin(name = "close", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doClose(PStringIO self) {
            self.close();
            return PNone.NONE;
        }
    }

    @Builtin(name = "closed", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ClosedNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doClosed(PStringIO self) {
            return self.isClosed();
        }
    }

    @Builtin(name = "readable", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReadableNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(PStringIO self) {
            open(this, self);
            return true;
        }
    }

    @Builtin(name = "writable", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class WritableNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(PStringIO self) {
            open(this, self);
            return true;
        }
    }

    @Builtin(name = "seekable", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class SeekableNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(PStringIO self) {
            open(this, self);
            return true;
        }
    }

    @Builtin(name = "__getstate__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class GetstateNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PStringIO self) {
            Object dict = IoArgs.optionalAttribute(this, open(this, self), "__dict__");
            boolean hasDict = dict != null && taipan.builtins.functions.NumberArgs.asLong(this,
                            IoArgs.callMethod(this, dict, "__len__")) > 0;
            String nl = self.getNewline();
            return new taipan.runtime.object.PTuple(new Object[]{PyStrings.of(self.getValue()),
                            nl == null ? PNone.NONE : PyStrings.of(nl), (long) self.getPosition(),
                            hasDict ? dict : PNone.NONE});
        }
    }

    @Builtin(name = "__setstate__", parameterNames = {"self", "state"}, minNumOfPositionalArgs = 2)
    abstract static class SetstateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PStringIO self, Object state) {
            if (!(state instanceof taipan.runtime.object.PTuple t) || t.length() != 4) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                "_io.StringIO.__setstate__ argument should be 4-tuple, got %s",
                                PythonErrors.typeName(this, state));
            }
            Object[] items = t.getItems();
            String nl = items[1] == PNone.NONE ? null : IoArgs.text(this, items[1], "newline");
            String value = IoArgs.text(this, items[0], "initial_value");
            long pos = taipan.builtins.functions.NumberArgs.asLong(this, items[2]);
            if (pos < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "position value cannot be negative");
            }
            self.restore(value, nl, (int) Math.min(pos, Integer.MAX_VALUE));
            Object dict = IoArgs.optionalAttribute(this, self, "__dict__");
            if (items[3] instanceof taipan.runtime.object.PDict d && dict != null) {
                IoArgs.callMethod(this, dict, "update", d);
            }
            return PNone.NONE;
        }
    }
}
