package taipan.builtins.types;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.CodeInfo;
import taipan.runtime.function.PCode;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/**
 * {@code code.replace(**changes)} and {@code code.__replace__}: a code object with new metadata ({@code co_name},
 * {@code co_qualname}, {@code co_filename}, {@code co_firstlineno}, {@code co_flags} such as the
 * {@code CO_ITERABLE_COROUTINE} bit {@code types.coroutine} sets) over the same body. A change the body would have
 * to follow (other parameters, other bytecode) raises NotImplementedError.
 */
@CoreFunctions(extendClasses = BuiltinType.CODE)
public final class CodeReplaceBuiltins {

    private static final String[] FIELDS = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
        "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames",
        "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable"};

    /** The flag bits that choose what kind of body the code runs: a generator's cannot become a coroutine's. */
    private static final int KIND_FLAGS = CodeInfo.CO_GENERATOR | CodeInfo.CO_COROUTINE | CodeInfo.CO_ASYNC_GENERATOR;

    private CodeReplaceBuiltins() {
    }

    @Builtin(name = "replace", parameterNames = "self", minNumOfPositionalArgs = 1, keywordOnlyNames = {
        "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
        "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
        "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable"})
    abstract static class ReplaceNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doReplace(Object[] args) {
            return replaceCode(this, args);
        }
    }

    @Builtin(name = "__replace__", parameterNames = "self", minNumOfPositionalArgs = 1, keywordOnlyNames = {
        "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
        "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
        "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable"})
    abstract static class DunderReplaceNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doReplace(Object[] args) {
            return replaceCode(this, args);
        }
    }

    private static PCode replaceCode(Node location, Object[] args) {
        if (!(args[0] instanceof PCode code)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "descriptor 'replace' for 'code' objects doesn't apply to a '%s' object",
                            PythonErrors.typeName(location, args[0]));
        }
        CodeInfo info = code.getInfo();
        if (info == null) {
            info = new CodeInfo(code.getName(), code.getName(), "?", 0, new String[0], new String[0], new String[0],
                            0, 0, 0, 0, null);
        }
        String name = string(location, args, "co_name", info.name());
        String qualname = string(location, args, "co_qualname", info.qualname());
        String filename = string(location, args, "co_filename", info.filename());
        int firstLine = integer(location, args, "co_firstlineno", info.firstLineNumber());
        int flags = integer(location, args, "co_flags", info.flags());
        if ((flags & KIND_FLAGS) != (info.flags() & KIND_FLAGS)) {
            throw unsupported(location, "co_flags");
        }
        same(location, args, "co_argcount", integer(location, args, "co_argcount", info.argcount()) == info.argcount());
        same(location, args, "co_posonlyargcount",
                        integer(location, args, "co_posonlyargcount", info.posonlyargcount()) == info.posonlyargcount());
        same(location, args, "co_kwonlyargcount",
                        integer(location, args, "co_kwonlyargcount", info.kwonlyargcount()) == info.kwonlyargcount());
        same(location, args, "co_nlocals",
                        integer(location, args, "co_nlocals", info.varnames().length) == info.varnames().length);
        same(location, args, "co_varnames", Arrays.equals(names(location, args, "co_varnames"), info.varnames()));
        same(location, args, "co_freevars", Arrays.equals(names(location, args, "co_freevars"), info.freevars()));
        same(location, args, "co_cellvars", Arrays.equals(names(location, args, "co_cellvars"), info.cellvars()));
        for (String field : new String[]{"co_stacksize", "co_code", "co_consts", "co_names", "co_linetable",
            "co_exceptiontable"}) {
            same(location, args, field, false);
        }
        return code.withInfo(new CodeInfo(name, qualname, filename, firstLine, info.varnames(), info.cellvars(),
                        info.freevars(), info.argcount(), info.posonlyargcount(), info.kwonlyargcount(), flags,
                        info.doc()));
    }

    private static Object arg(Object[] args, String field) {
        return args[1 + Arrays.asList(FIELDS).indexOf(field)];
    }

    private static boolean given(Object[] args, String field) {
        return arg(args, field) != PNone.NO_VALUE;
    }

    /** A structural field may be "replaced" by its own value (as {@code copy.replace} round trips do), no more. */
    private static void same(Node location, Object[] args, String field, boolean equal) {
        if (given(args, field) && !equal) {
            throw unsupported(location, field);
        }
    }

    private static RuntimeException unsupported(Node location, String field) {
        return PythonErrors.raise(location, BuiltinType.NOT_IMPLEMENTED_ERROR,
                        "Taipan does not support code.replace(%s=...) with a new value yet", field);
    }

    private static String string(Node location, Object[] args, String field, String current) {
        Object value = arg(args, field);
        if (value == PNone.NO_VALUE) {
            return current;
        } else if (value instanceof TruffleString s) {
            return s.toJavaStringUncached();
        }
        throw wrongType(location, field, "str", value);
    }

    private static int integer(Node location, Object[] args, String field, int current) {
        Object value = arg(args, field);
        if (value == PNone.NO_VALUE) {
            return current;
        } else if (value instanceof Integer i) {
            return i;
        } else if (value instanceof Long l && l == (int) (long) l) {
            return (int) (long) l;
        } else if (value instanceof Long) {
            throw PythonErrors.raise(location, BuiltinType.OVERFLOW_ERROR, "Python int too large to convert to C int");
        }
        throw wrongType(location, field, "int", value);
    }

    private static String[] names(Node location, Object[] args, String field) {
        Object value = arg(args, field);
        if (value == PNone.NO_VALUE) {
            return null;
        }
        if (!(value instanceof PTuple t)) {
            throw wrongType(location, field, "tuple", value);
        }
        String[] names = new String[t.getItems().length];
        for (int i = 0; i < names.length; i++) {
            if (!(t.getItems()[i] instanceof TruffleString s)) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "name tuples must contain only strings, "
                                + "not '%s'", PythonErrors.typeName(location, t.getItems()[i]));
            }
            names[i] = s.toJavaStringUncached();
        }
        return names;
    }

    private static RuntimeException wrongType(Node location, String field, String expected, Object value) {
        return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "replace() argument '%s' must be %s, not %s",
                        field, expected, PythonErrors.typeName(location, value));
    }
}
