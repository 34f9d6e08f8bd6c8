package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.generator.GeneratorErrors;
import taipan.nodes.object.SlowCompare;
import taipan.runtime.bytes.CodecNames;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PFunction;
import taipan.runtime.io.PTextIOWrapper;
import taipan.language.PythonContext;
import taipan.nodes.module.PythonWarnings;
import taipan.runtime.object.PNone;
import taipan.runtime.object.Repr;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code _io.TextIOWrapper}'s constructor and methods (CPython's {@code textiowrapper_methods}). */
@CoreFunctions(extendClasses = BuiltinType.TEXT_IO_WRAPPER)
public final class IoTextIOWrapperBuiltins {

    private IoTextIOWrapperBuiltins() {
    }

    private static String optionalText(Node node, Object value, String argument) {
        if (value == PNone.NO_VALUE || value == PNone.NONE) {
            return null;
        } else if (value instanceof TruffleString s) {
            return s.toJavaStringUncached();
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "TextIOWrapper() argument '%s' must be str or None, not %s",
                        argument, PythonErrors.typeName(node, value));
    }

    /** The {@code newline} argument checked: null for None, else "", "\n", "\r" or "\r\n". */
    static String newline(Node node, Object value) {
        String nl = optionalText(node, value, "newline");
        if (nl != null && !(nl.isEmpty() || nl.equals("\n") || nl.equals("\r") || nl.equals("\r\n"))) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "illegal newline value: %s", nl);
        }
        return nl;
    }

    /** An encoding name checked against the codecs: "locale" (and None) is UTF-8, as CPython's UTF-8 mode. */
    static String encoding(Node node, Object value) {
        String encoding = optionalText(node, value, "encoding");
        if (encoding == null || encoding.equals("locale")) {
            return "UTF-8";
        }
        if (CodecNames.lookup(encoding, false) == null) {
            throw PythonErrors.raise(node, BuiltinType.LOOKUP_ERROR, "unknown encoding: %s", encoding);
        }
        return encoding;
    }

    @TruffleBoundary
    static void init(Node node, PTextIOWrapper self, Object[] a) {
        if ((a[2] == PNone.NONE || a[2] == PNone.NO_VALUE) && PythonContext.get(node).getWarnDefaultEncoding()) {
            PythonWarnings.warn(node, BuiltinType.ENCODING_WARNING, "'encoding' argument not specified", 1);
        }
        String encoding = encoding(node, a[2]);
        String errors = optionalText(node, a[3], "errors");
        String nl = newline(node, a[4]);
        boolean lineBuffering = a[5] != PNone.NO_VALUE && SlowCompare.isTrue(node, a[5]);
        boolean writeThrough = a[6] != PNone.NO_VALUE && SlowCompare.isTrue(node, a[6]);
        self.init(a[1], encoding, errors == null ? "strict" : errors, nl, lineBuffering, writeThrough);
        self.setCapabilities(SlowCompare.isTrue(node, IoArgs.callMethod(node, a[1], "readable")),
                        SlowCompare.isTrue(node, IoArgs.callMethod(node, a[1], "writable")));
    }

    @Builtin(name = "TextIOWrapper", parameterNames = {"cls", "buffer", "encoding", "errors", "newline", "line_buffering",
                    "write_through"}, minNumOfPositionalArgs = 2, positionalOnly = false,
                    constructsClass = BuiltinType.TEXT_IO_WRAPPER)
    abstract static class TextIOWrapperNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doCreate(Object[] arguments) {
            PythonClass type = (PythonClass) arguments[0];
            PTextIOWrapper result = new PTextIOWrapper(type.getInstanceShape());
            if (!(type.lookup("__init__") instanceof PFunction)) {
                init(this, result, arguments);
            }
            return result;
        }
    }

    @Builtin(name = "__init__", parameterNames = {"self", "buffer", "encoding", "errors", "newline", "line_buffering",
                    "write_through"}, minNumOfPositionalArgs = 2, positionalOnly = false)
    abstract static class InitNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doInit(Object[] arguments) {
            init(this, (PTextIOWrapper) arguments[0], arguments);
            return PNone.NONE;
        }
    }

    @Builtin(name = "read", parameterNames = {"self", "size"}, minNumOfPositionalArgs = 1)
    abstract static class ReadNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doRead(PTextIOWrapper self, Object size) {
            long n = IoArgs.size(this, size);
            IoTextOps.checkReadable(this, self);
            return IoTextOps.read(this, self, n);
        }
    }

    @Builtin(name = "readline", parameterNames = {"self", "size"}, minNumOfPositionalArgs = 1)
    abstract static class ReadlineNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doRead(PTextIOWrapper self, Object size) {
            long n = IoArgs.size(this, size);
            return IoTextOps.readline(this, IoTextOps.checkReadable(this, self), n);
        }
    }

    @Builtin(name = "__next__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doNext(PTextIOWrapper self) {
            TruffleString line = IoTextOps.readline(this, IoTextOps.checkReadable(this, self), -1);
            if (line.isEmpty()) {
                throw GeneratorErrors.stopIteration(this, PNone.NONE);
            }
            return line;
        }
    }

    @Builtin(name = "write", parameterNames = {"self", "text"}, minNumOfPositionalArgs = 2)
    abstract static class WriteNode extends PythonBinaryBuiltinNode {
        @Specialization
        long doWrite(PTextIOWrapper self, Object text) {
            IoTextOps.checkWritable(this, self);
            if (!(text instanceof TruffleString s)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "write() argument must be str, not %s",
                                PythonErrors.typeName(this, text));
            }
            return IoTextOps.write(this, self, s);
        }
    }

    @Builtin(name = "flush", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class FlushNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doFlush(PTextIOWrapper self) {
            IoTextOps.flush(this, IoTextOps.checkOpen(this, self));
            return PNone.NONE;
        }
    }

    @Builtin(name = "close", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doClose(PTextIOWrapper self) {
            IoTextOps.check(this, self);
            if (IoTextOps.isClosed(this, self)) {
                return PNone.NONE;
            }
            try {
                IoTextOps.flush(this, self);
            } finally {
                taipan.language.PythonContext.get(this).getOpenFiles().unregister(self);
                IoArgs.callMethod(this, self.getBuffer(), "close");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "detach", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class DetachNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doDetach(PTextIOWrapper self) {
            IoTextOps.flush(this, IoTextOps.check(this, self));
            return self.detach();
        }
    }

    @Builtin(name = "tell", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class TellNode extends PythonUnaryBuiltinNode {
        @Specialization
        long doTell(PTextIOWrapper self) {
            return IoTextOps.tell(this, IoTextOps.checkOpen(this, self));
        }
    }

    @Builtin(name = "seek", parameterNames = {"self", "cookie", "whence"}, minNumOfPositionalArgs = 2)
    abstract static class SeekNode extends PythonTernaryBuiltinNode {
        @Specialization
        long doSeek(PTextIOWrapper self, Object cookie, Object whence) {
            IoTextOps.checkOpen(this, self);
            long w = whence == PNone.NO_VALUE ? 0 : NumberArgs.asLong(this, whence);
            if (w < 0 || w > 2) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "invalid whence (%d, should be 0, 1 or 2)", w);
            }
            return IoTextOps.seek(this, self, NumberArgs.asLong(this, cookie), (int) w);
        }
    }

    @Builtin(name = "truncate", parameterNames = {"self", "pos"}, minNumOfPositionalArgs = 1)
    abstract static class TruncateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doTruncate(PTextIOWrapper self, Object pos) {
            IoTextOps.flush(this, IoTextOps.checkOpen(this, self));
            Object target = pos == PNone.NO_VALUE ? PNone.NONE : pos;
            return IoArgs.callMethod(this, self.getBuffer(), "truncate", target);
        }
    }

    /** What the buffer answers: {@code fileno}, {@code isatty}, {@code readable}, {@code writable}, {@code seekable}. */
    @Builtin(name = "fileno", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class FilenoNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PTextIOWrapper self) {
            return IoArgs.callMethod(this, IoTextOps.check(this, self).getBuffer(), "fileno");
        }
    }

    @Builtin(name = "isatty", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IsattyNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PTextIOWrapper self) {
            return IoArgs.callMethod(this, IoTextOps.check(this, self).getBuffer(), "isatty");
        }
    }

    @Builtin(name = "readable", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReadableNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PTextIOWrapper self) {
            return IoArgs.callMethod(this, IoTextOps.check(this, self).getBuffer(), "readable");
        }
    }

    @Builtin(name = "writable", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class WritableNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PTextIOWrapper self) {
            return IoArgs.callMethod(this, IoTextOps.check(this, self).getBuffer(), "writable");
        }
    }

    @Builtin(name = "seekable", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class SeekableNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PTextIOWrapper self) {
            return IoArgs.callMethod(this, IoTextOps.check(this, self).getBuffer(), "seekable");
        }
    }

    @Builtin(name = "closed", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ClosedNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(PTextIOWrapper self) {
            return IoTextOps.isClosed(this, IoTextOps.check(this, self));
        }
    }

    @Builtin(name = "name", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NameNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PTextIOWrapper self) {
            return ObjectAttributes.getAttribute(this, IoTextOps.check(this, self).getBuffer(), "name");
        }
    }

    @Builtin(name = "buffer", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class BufferNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PTextIOWrapper self) {
            return IoTextOps.check(this, self).getBuffer();
        }
    }

    @Builtin(name = "encoding", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class EncodingNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PTextIOWrapper self) {
            return PyStrings.of(IoTextOps.check(this, self).getEncoding());
        }
    }

    @Builtin(name = "errors", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ErrorsNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PTextIOWrapper self) {
            return PyStrings.of(IoTextOps.check(this, self).getErrors());
        }
    }

    @Builtin(name = "line_buffering", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class LineBufferingNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(PTextIOWrapper self) {
            return IoTextOps.check(this, self).isLineBuffering();
        }
    }

    @Builtin(name = "write_through", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class WriteThroughNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean doIt(PTextIOWrapper self) {
            return IoTextOps.check(this, self).isWriteThrough();
        }
    }

    @Builtin(name = "newlines", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NewlinesNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PTextIOWrapper self) {
            IoTextOps.check(this, self);
            return PNone.NONE;
        }
    }

    @Builtin(name = "reconfigure", parameterNames = "self", minNumOfPositionalArgs = 1, keywordOnlyNames = {"encoding",
                    "errors", "newline", "line_buffering", "write_through"})
    abstract static class ReconfigureNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] a) {
            PTextIOWrapper self = IoTextOps.check(this, (PTextIOWrapper) a[0]);
            String encoding = a[1] == PNone.NO_VALUE || a[1] == PNone.NONE ? self.getEncoding() : encoding(this, a[1]);
            String errors = optionalText(this, a[2], "errors");
            if (errors == null) {
                errors = a[1] == PNone.NO_VALUE || a[1] == PNone.NONE ? self.getErrors() : "strict";
            }
            String nl = a[3] == PNone.NO_VALUE ? self.getNewline() : newline(this, a[3]);
            boolean lineBuffering = a[4] == PNone.NO_VALUE || a[4] == PNone.NONE ? self.isLineBuffering()
                            : SlowCompare.isTrue(this, a[4]);
            boolean writeThrough = a[5] == PNone.NO_VALUE || a[5] == PNone.NONE ? self.isWriteThrough()
                            : SlowCompare.isTrue(this, a[5]);
            IoTextOps.flush(this, self);
            self.reconfigure(encoding, errors, nl, lineBuffering, writeThrough);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PTextIOWrapper self) {
            StringBuilder sb = new StringBuilder("<").append(IoArgs.qualifiedName(this, self));
            if (self.isReady() && !self.isDetached()) {
                Object name = IoArgs.optionalAttribute(this, self, "name");
                if (name != null) {
                    sb.append(" name=").append(Repr.repr(name));
                }
                Object mode = IoArgs.optionalAttribute(this, self, "mode");
                if (mode != null) {
                    sb.append(" mode=").append(Repr.repr(mode));
                }
                sb.append(" encoding='").append(self.getEncoding()).append('\'');
            }
            return PyStrings.of(sb.append('>').toString());
        }
    }
}
