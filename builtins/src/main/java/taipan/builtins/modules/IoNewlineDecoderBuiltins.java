package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.object.SlowCompare;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.io.PIncrementalNewlineDecoder;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code _io.IncrementalNewlineDecoder}'s constructor and methods (CPython's {@code incrementalnewlinedecoder_methods}). */
@CoreFunctions(extendClasses = BuiltinType.INCREMENTAL_NEWLINE_DECODER)
public final class IoNewlineDecoderBuiltins {

    private IoNewlineDecoderBuiltins() {
    }

    static PIncrementalNewlineDecoder ready(com.oracle.truffle.api.nodes.Node node, PIncrementalNewlineDecoder self) {
        if (!self.isReady()) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR,
                            "IncrementalNewlineDecoder.__init__() not called");
        }
        return self;
    }

    @Builtin(name = "IncrementalNewlineDecoder", parameterNames = {"cls", "decoder", "translate", "errors"},
                    minNumOfPositionalArgs = 3, positionalOnly = false,
                    constructsClass = BuiltinType.INCREMENTAL_NEWLINE_DECODER)
    abstract static class CreateNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doCreate(Object[] a) {
            PIncrementalNewlineDecoder result = new PIncrementalNewlineDecoder(((PythonClass) a[0]).getInstanceShape());
            result.init(a[1] == PNone.NONE ? null : a[1], SlowCompare.isTrue(this, a[2]));
            return result;
        }
    }

    @Builtin(name = "decode", parameterNames = {"self", "input", "final"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false)
    abstract static class DecodeNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PIncrementalNewlineDecoder self, Object input, Object finalArg) {
            boolean last = finalArg != PNone.NO_VALUE && SlowCompare.isTrue(this, finalArg);
            Object decoded = input;
            if (ready(this, self).getDecoder() != null) {
                decoded = IoArgs.callMethod(this, self.getDecoder(), "decode", input, last);
            }
            if (!(decoded instanceof TruffleString s)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "decoder should return a string result, not '%s'",
                                PythonErrors.typeName(this, decoded));
            }
            return PyStrings.of(self.process(s.toJavaStringUncached(), last));
        }
    }

    @Builtin(name = "getstate", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class GetstateNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PIncrementalNewlineDecoder self) {
            Object buffer = new PBytes(new byte[0]);
            long flag = 0;
            if (ready(this, self).getDecoder() != null) {
                PTuple state = (PTuple) IoArgs.callMethod(this, self.getDecoder(), "getstate");
                buffer = state.getItems()[0];
                flag = NumberArgs.asLong(this, state.getItems()[1]);
            }
            flag = (flag << 1) | (self.isPendingCR() ? 1 : 0);
            return new PTuple(new Object[]{buffer, flag});
        }
    }

    @Builtin(name = "setstate", parameterNames = {"self", "state"}, minNumOfPositionalArgs = 2)
    abstract static class SetstateNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PIncrementalNewlineDecoder self, Object state) {
            if (!(state instanceof PTuple t) || t.length() != 2) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "state argument must be a tuple");
            }
            long flag = NumberArgs.asLong(this, t.getItems()[1]);
            ready(this, self).setPendingCR((flag & 1) != 0);
            if (self.getDecoder() != null) {
                IoArgs.callMethod(this, self.getDecoder(), "setstate", new PTuple(new Object[]{t.getItems()[0], flag >> 1}));
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "reset", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ResetNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PIncrementalNewlineDecoder self) {
            ready(this, self).reset();
            if (self.getDecoder() != null) {
                IoArgs.callMethod(this, self.getDecoder(), "reset");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "newlines", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NewlinesNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PIncrementalNewlineDecoder self) {
            int seen = ready(this, self).getSeen();
            java.util.List<Object> kinds = new java.util.ArrayList<>();
            if ((seen & PIncrementalNewlineDecoder.SEEN_CR) != 0) {
                kinds.add(PyStrings.of("\r"));
            }
            if ((seen & PIncrementalNewlineDecoder.SEEN_LF) != 0) {
                kinds.add(PyStrings.of("\n"));
            }
            if ((seen & PIncrementalNewlineDecoder.SEEN_CRLF) != 0) {
                kinds.add(PyStrings.of("\r\n"));
            }
            return kinds.isEmpty() ? PNone.NONE : kinds.size() == 1 ? kinds.get(0) : new PTuple(kinds.toArray());
        }
    }
}
