package taipan.nodes.function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.function.CodeInfo;
import taipan.runtime.function.PCode;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;

/** The attributes of a code object ({@code co_name}, {@code co_varnames}, ...) that Taipan records. */
public final class CodeAttributes {

    private CodeAttributes() {
    }

    /** {@code code.name}, or null when Taipan does not have it. */
    @TruffleBoundary
    public static Object get(PCode code, String name) {
        CodeInfo info = code.getInfo();
        if (info == null) {
            return name.equals("co_name") ? PyStrings.of(code.getName()) : null;
        }
        return switch (name) {
            case "co_name" -> PyStrings.of(info.name());
            case "co_qualname" -> PyStrings.of(info.qualname());
            case "co_filename" -> PyStrings.of(info.filename());
            case "co_firstlineno" -> (long) info.firstLineNumber();
            case "co_varnames" -> strings(info.varnames());
            case "co_cellvars" -> strings(info.cellvars());
            case "co_freevars" -> strings(info.freevars());
            case "co_argcount" -> (long) info.argcount();
            case "co_posonlyargcount" -> (long) info.posonlyargcount();
            case "co_kwonlyargcount" -> (long) info.kwonlyargcount();
            case "co_nlocals" -> (long) info.varnames().length;
            case "co_flags" -> (long) info.flags();
            default -> null;
        };
    }

    private static PTuple strings(String[] names) {
        Object[] items = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = PyStrings.of(names[i]);
        }
        return new PTuple(items);
    }
}
