package taipan.builtins.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.call.SlowCall;
import taipan.nodes.object.PyObjectStrNode;
import taipan.language.PythonContext;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** The {@code input} built-in: prompt on {@code sys.stdout}, one line from {@code sys.stdin} (bltinmodule.c). */
public final class InputBuiltins {

    private InputBuiltins() {
    }

    @Builtin(name = "input", parameterNames = "prompt", minNumOfPositionalArgs = 0)
    abstract static class InputNode extends PythonUnaryBuiltinNode {

        @Specialization
        Object doInput(Object prompt,
                        @Cached PyObjectStrNode str) {
            TruffleString text = prompt == PNone.NO_VALUE ? null : str.execute(prompt);
            return readLine(text);
        }

        /**
         * CPython's path when stdin is not the process's own terminal: flush stderr, write the prompt and flush
         * stdout, then {@code sys.stdin.readline()} without its newline; an empty read is end of file.
         */
        @TruffleBoundary
        private Object readLine(TruffleString promptText) {
            Object stdin = sysStream("stdin");
            Object stdout = sysStream("stdout");
            Object stderr = sysStream("stderr");
            call(stderr, "flush");
            if (promptText != null) {
                call(stdout, "write", promptText);
            }
            call(stdout, "flush");
            Object line = call(stdin, "readline");
            if (line instanceof PBytes bytes) {
                byte[] data = bytes.array();
                if (bytes.length() == 0) {
                    throw PythonErrors.raise(this, BuiltinType.EOF_ERROR, "EOF when reading a line");
                }
                int n = data[bytes.length() - 1] == '\n' ? bytes.length() - 1 : bytes.length();
                return new PBytes(java.util.Arrays.copyOf(data, n));
            }
            if (!(line instanceof TruffleString s)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "object.readline() returned non-string");
            }
            String value = s.toJavaStringUncached();
            if (value.isEmpty()) {
                throw PythonErrors.raise(this, BuiltinType.EOF_ERROR, "EOF when reading a line");
            }
            if (value.endsWith("\n")) {
                value = value.substring(0, value.length() - 1);
            }
            return PyStrings.of(value);
        }

        private Object sysStream(String name) {
            Object stream = DynamicObjectLibrary.getUncached().getOrDefault(
                            PythonContext.get(this).getSysModule(), PyStrings.of(name), PNone.NONE);
            if (stream == PNone.NONE) {
                throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, "input(): lost sys." + name);
            }
            return stream;
        }

        private Object call(Object receiver, String method, Object... args) {
            return SlowCall.call(this, ObjectAttributes.getAttribute(this, receiver, method), args);
        }
    }
}
