package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

/**
 * The file-backed parts of {@code _io} that Taipan does not implement yet: the classes exist (so CPython's
 * {@code io.py} imports and can register them with its ABCs) but creating one, or calling {@code open},
 * raises {@code NotImplementedError}.
 */
@CoreFunctions(defineModule = "_io")
public final class IoFileBuiltins {

    private IoFileBuiltins() {
    }

    static RuntimeException missing(Node node, String what) {
        throw PythonErrors.raise(node, BuiltinType.NOT_IMPLEMENTED_ERROR, "Taipan does not support %s yet", what);
    }

    @Builtin(name = "open", takesVarArgs = true, takesVarKeywords = true)
    abstract static class OpenNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            throw missing(this, "open() of files");
        }
    }

    @Builtin(name = "open_code", takesVarArgs = true, takesVarKeywords = true)
    abstract static class OpenCodeNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            throw missing(this, "io.open_code()");
        }
    }

    @Builtin(name = "FileIO", parameterNames = "cls", takesVarArgs = true, takesVarKeywords = true,
                    constructsClass = BuiltinType.FILE_IO)
    abstract static class FileIONode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            throw missing(this, "io.FileIO");
        }
    }

    @Builtin(name = "BufferedReader", parameterNames = "cls", takesVarArgs = true, takesVarKeywords = true,
                    constructsClass = BuiltinType.BUFFERED_READER)
    abstract static class BufferedReaderNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            throw missing(this, "io.BufferedReader");
        }
    }

    @Builtin(name = "BufferedWriter", parameterNames = "cls", takesVarArgs = true, takesVarKeywords = true,
                    constructsClass = BuiltinType.BUFFERED_WRITER)
    abstract static class BufferedWriterNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            throw missing(this, "io.BufferedWriter");
        }
    }

    @Builtin(name = "BufferedRWPair", parameterNames = "cls", takesVarArgs = true, takesVarKeywords = true,
                    constructsClass = BuiltinType.BUFFERED_RW_PAIR)
    abstract static class BufferedRWPairNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            throw missing(this, "io.BufferedRWPair");
        }
    }

    @Builtin(name = "BufferedRandom", parameterNames = "cls", takesVarArgs = true, takesVarKeywords = true,
                    constructsClass = BuiltinType.BUFFERED_RANDOM)
    abstract static class BufferedRandomNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            throw missing(this, "io.BufferedRandom");
        }
    }

    @Builtin(name = "TextIOWrapper", parameterNames = "cls", takesVarArgs = true, takesVarKeywords = true,
                    constructsClass = BuiltinType.TEXT_IO_WRAPPER)
    abstract static class TextIOWrapperNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            throw missing(this, "io.TextIOWrapper");
        }
    }

    @Builtin(name = "IncrementalNewlineDecoder", parameterNames = "cls", takesVarArgs = true, takesVarKeywords = true,
                    constructsClass = BuiltinType.INCREMENTAL_NEWLINE_DECODER)
    abstract static class IncrementalNewlineDecoderNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            throw missing(this, "io.IncrementalNewlineDecoder");
        }
    }
}
