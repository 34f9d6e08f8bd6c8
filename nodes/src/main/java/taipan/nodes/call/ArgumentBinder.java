package taipan.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.Signature;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/**
 * Binds a call's positional and keyword arguments to a callee's {@link Signature}, as CPython's argument clinic
 * does for C functions. At a cached call site the signature, the keyword mapping and the argument counts are
 * constants, so the loops unroll and the checks fold away.
 */
final class ArgumentBinder {

    private ArgumentBinder() {
    }

    /**
     * @param prepend a value passed before the positional arguments (the class, when a class is called), or ignored
     *            unless {@code hasPrepend}
     */
    @ExplodeLoop
    static Object[] bind(Node location, Signature signature, int[] mapping, String[] keywordNames,
                    Object[] positional, Object[] keywords, boolean hasPrepend, Object prepend) {
        String[] params = signature.getParameterNames();
        int offset = hasPrepend ? 1 : 0;
        int given = positional.length + offset;
        if (given > params.length && !signature.takesVarArgs()) {
            throw tooMany(location, signature, given - offset, offset);
        }
        Object[] bound = new Object[signature.getBoundLength()];
        if (hasPrepend) {
            bound[0] = prepend;
        }
        int direct = Math.min(positional.length, params.length - offset);
        for (int i = 0; i < direct; i++) {
            bound[i + offset] = positional[i];
        }
        if (signature.takesVarArgs()) {
            Object[] rest = new Object[positional.length - direct];
            for (int i = 0; i < rest.length; i++) {
                rest[i] = positional[direct + i];
            }
            bound[params.length] = new PTuple(rest);
        }
        for (int i = 0; i < keywords.length; i++) {
            int index = mapping[i];
            if (index < 0 || bound[index] != null) {
                throw badKeyword(location, signature, keywordNames[i], index);
            }
            bound[index] = keywords[i];
        }
        for (int i = 0; i < bound.length; i++) {
            if (bound[i] == null) {
                if (i < signature.getMinPositional()) {
                    throw missing(location, signature, i, given - offset, offset, bound);
                }
                bound[i] = PNone.NO_VALUE;
            }
        }
        return bound;
    }

    private static PException tooMany(Node location, Signature signature, int given, int offset) {
        CompilerDirectives.transferToInterpreter();
        int max = signature.getParameterNames().length - offset;
        if (!signature.isBuiltin()) {
            int min = signature.getMinPositional();
            String takes = min < max ? "from " + min + " to " + max : String.valueOf(max);
            return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.TAKES_POSITIONAL_ARGUMENTS,
                            signature.getName(), takes, max == 1 && min == max ? "" : "s", given,
                            given == 1 ? "was" : "were");
        }
        if (max == 0) {
            return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.TAKES_NO_ARGUMENTS,
                            signature.getName(), given);
        } else if (max == 1 && signature.getMinPositional() - offset == 1) {
            return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.TAKES_EXACTLY_ONE_ARGUMENT,
                            signature.getName(), given);
        }
        return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.TAKES_AT_MOST_ARGUMENTS,
                        signature.getName(), max, given);
    }

    private static PException badKeyword(Node location, Signature signature, String keyword, int index) {
        CompilerDirectives.transferToInterpreter();
        if (index >= 0 && !signature.isBuiltin()) {
            return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.GOT_MULTIPLE_VALUES,
                            signature.getName(), keyword);
        } else if (index >= 0) {
            return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.MULTIPLE_VALUES_FOR_ARGUMENT,
                            signature.getName(), keyword, index + 1);
        } else if (signature.isPositionalOnly() && signature.getKeywordOnlyNames().length == 0) {
            return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.TAKES_NO_KEYWORD_ARGUMENTS,
                            signature.getName());
        }
        return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.UNEXPECTED_KEYWORD_ARGUMENT,
                        signature.getName(), keyword);
    }

    private static PException missing(Node location, Signature signature, int index, int given, int offset,
                    Object[] bound) {
        CompilerDirectives.transferToInterpreter();
        if (!signature.isBuiltin()) {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (int i = index; i < signature.getMinPositional(); i++) {
                if (bound[i] == null) {
                    names.add("'" + signature.getParameterNames()[i] + "'");
                }
            }
            String list = names.size() == 1 ? names.get(0)
                            : names.size() == 2 ? names.get(0) + " and " + names.get(1)
                                            : String.join(", ", names.subList(0, names.size() - 1)) + ", and " +
                                                            names.get(names.size() - 1);
            return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.MISSING_REQUIRED_POSITIONAL,
                            signature.getName(), names.size(), names.size() == 1 ? "" : "s", list);
        }
        if (signature.getParameterNames().length - offset == 1) {
            return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.TAKES_EXACTLY_ONE_ARGUMENT,
                            signature.getName(), given);
        }
        return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.MISSING_REQUIRED_ARGUMENT,
                        signature.getName(), signature.getParameterNames()[index], index + 1 - offset);
    }
}
