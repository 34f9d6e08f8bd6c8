package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.io.PTextStream;
import taipan.runtime.io.PythonOutput;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/** The methods of the standard text streams ({@code sys.stdout.write}, {@code flush}); the rest of {@code _io} is issue 6. */
@CoreFunctions(extendClasses = BuiltinType.TEXT_IO_WRAPPER)
public final class TextStreamBuiltins {

    private TextStreamBuiltins() {
    }

    /** The context's stream behind {@code stream}. */
    public static PythonOutput output(PythonContext context, PTextStream stream) {
        return stream.isError() ? context.getStderr() : context.getStdout();
    }

    @Builtin(name = "write", parameterNames = {"self", "s"}, minNumOfPositionalArgs = 2)
    abstract static class WriteNode extends PythonBinaryBuiltinNode {
        @Specialization
        long doWrite(PTextStream self, TruffleString text) {
            write(output(PythonContext.get(this), self), text);
            return text.codePointLengthUncached(TruffleString.Encoding.UTF_32);
        }

        @Specialization(guards = "!isString(text)")
        long doOther(@SuppressWarnings("unused") PTextStream self, Object text) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "write() argument must be str, not %s",
                            PythonErrors.typeName(this, text));
        }

        static boolean isString(Object value) {
            return value instanceof TruffleString;
        }

        @TruffleBoundary
        private static void write(PythonOutput out, TruffleString text) {
            out.write(text.toJavaStringUncached());
        }
    }

    @Builtin(name = "flush", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class FlushNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doFlush(PTextStream self) {
            output(PythonContext.get(this), self).flush();
            return PNone.NONE;
        }
    }
}
