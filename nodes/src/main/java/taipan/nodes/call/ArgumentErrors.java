package taipan.nodes.call;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.KeywordSuggestion;
import taipan.runtime.function.PFunction;
import taipan.runtime.function.Signature;
import taipan.runtime.type.BuiltinType;

/** The TypeErrors of a call whose arguments do not fit the callee, worded as CPython's {@code ceval.c}/getargs. */
final class ArgumentErrors {

    private ArgumentErrors() {
    }

    static PException multipleValues(Node location, Signature signature, String keyword) {
        CompilerDirectives.transferToInterpreter();
        return typeError(location, ErrorMessages.GOT_MULTIPLE_VALUES, signature.getName(), keyword);
    }

    /** A keyword no parameter takes, in a function without {@code **kwargs}. */
    static PException badKeyword(Node location, Signature signature, String[] keywordNames, int[] mapping,
                    int which) {
        CompilerDirectives.transferToInterpreter();
        if (mapping[which] == Signature.POSITIONAL_ONLY_NAME) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < keywordNames.length; i++) {
                if (mapping[i] == Signature.POSITIONAL_ONLY_NAME) {
                    names.add(keywordNames[i]);
                }
            }
            return typeError(location, ErrorMessages.POSITIONAL_ONLY_AS_KEYWORD, signature.getName(),
                            String.join(", ", names));
        }
        String keyword = keywordNames[which];
        return typeError(location, ErrorMessages.UNEXPECTED_KEYWORD_ARGUMENT + "%s", signature.getName(), keyword,
                        KeywordSuggestion.suffix(keyword, keywordCapable(signature)));
    }

    /** CPython's {@code too_many_positional}. */
    static PException tooMany(Node location, PFunction function, int given, int[] mapping) {
        CompilerDirectives.transferToInterpreter();
        Signature signature = function.getCode().getSignature();
        int argcount = signature.getParameterNames().length;
        int defcount = function.getDefaults().length;
        String takes = defcount > 0 ? "from " + (argcount - defcount) + " to " + argcount : String.valueOf(argcount);
        boolean plural = defcount > 0 || argcount != 1;
        int kwonlyGiven = 0;
        for (int index : mapping) {
            if (index >= signature.getKeywordOnlyStart() && index < signature.getVarKeywordsIndex()) {
                kwonlyGiven++;
            }
        }
        String kwonly = kwonlyGiven == 0 ? ""
                        : " positional argument" + (given != 1 ? "s" : "") + " (and " + kwonlyGiven +
                                        " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
        return typeError(location, ErrorMessages.TAKES_POSITIONAL_ARGUMENTS, signature.getName(), takes,
                        plural ? "s" : "", given + kwonly, given == 1 && kwonlyGiven == 0 ? "was" : "were");
    }

    static PException missingPositional(Node location, Signature signature, Object[] frameArgs, int firstDefault) {
        CompilerDirectives.transferToInterpreter();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < firstDefault; i++) {
            if (frameArgs[i + 1] == null) {
                names.add(signature.getParameterNames()[i]);
            }
        }
        return missing(location, signature, "positional", names);
    }

    static PException missingKeywordOnly(Node location, PFunction function, Object[] frameArgs) {
        CompilerDirectives.transferToInterpreter();
        Signature signature = function.getCode().getSignature();
        Object[] kwDefaults = function.getKwDefaults();
        List<String> names = new ArrayList<>();
        String[] kwonly = signature.getKeywordOnlyNames();
        for (int i = 0; i < kwonly.length; i++) {
            if (frameArgs[signature.getKeywordOnlyStart() + 1 + i] == null &&
                            (kwDefaults == null || kwDefaults[i] == null)) {
                names.add(kwonly[i]);
            }
        }
        return missing(location, signature, "keyword-only", names);
    }

    @TruffleBoundary
    private static PException missing(Node location, Signature signature, String kind, List<String> names) {
        List<String> quoted = new ArrayList<>();
        for (String name : names) {
            quoted.add("'" + name + "'");
        }
        int n = quoted.size();
        String list = n == 1 ? quoted.get(0)
                        : n == 2 ? quoted.get(0) + " and " + quoted.get(1)
                                        : String.join(", ", quoted.subList(0, n - 1)) + ", and " + quoted.get(n - 1);
        return typeError(location, ErrorMessages.MISSING_REQUIRED_ARGUMENTS_OF_KIND, signature.getName(), n, kind,
                        n == 1 ? "" : "s", list);
    }

    /** The names a keyword argument may use, in the order CPython's suggestions consider them. */
    private static String[] keywordCapable(Signature signature) {
        String[] params = signature.getParameterNames();
        String[] kwonly = signature.getKeywordOnlyNames();
        int skip = signature.getPositionalOnlyCount();
        String[] names = new String[params.length - skip + kwonly.length];
        System.arraycopy(params, skip, names, 0, params.length - skip);
        System.arraycopy(kwonly, 0, names, params.length - skip, kwonly.length);
        return names;
    }

    /**
     * Too many positional arguments for a built-in. CPython words it by how the C function parses its arguments:
     * {@code METH_NOARGS}/{@code METH_O} ("takes no arguments", "takes exactly one argument"), argument clinic's
     * {@code _PyArg_CheckPositional} for positional-only parameters and constructors ("expected at most"), and
     * {@code _PyArg_UnpackKeywords} for the rest ("takes at most N positional arguments").
     *
     * @param allGiven every positional argument, the receiver ({@code offset} of them) included
     */
    static PException builtinTooMany(Node location, Signature signature, int allGiven, int keywordCount, int offset) {
        CompilerDirectives.transferToInterpreter();
        int given = allGiven - offset;
        int max = signature.getParameterNames().length - offset;
        int min = Math.max(0, signature.getMinPositional() - offset);
        boolean constructor = offset > 0 && !signature.isMethod();
        if (!constructor && max == 0) {
            return signature.getKeywordOnlyNames().length > 0
                            ? typeError(location, "%s() takes no positional arguments", signature.getName())
                            : typeError(location, ErrorMessages.TAKES_NO_ARGUMENTS, signature.getQualifiedName(), given);
        } else if (!constructor && isMethO(signature, max, min)) {
            return typeError(location, ErrorMessages.TAKES_EXACTLY_ONE_ARGUMENT, signature.getQualifiedName(), given);
        }
        if (constructor || !takesKeywords(signature)) {
            return expected(location, signature, min == max ? "" : "at most ", max, given);
        }
        int maxArgs = max + signature.getKeywordOnlyNames().length;
        if (given + keywordCount > maxArgs) {
            return typeError(location, "%s() takes at most %d %sargument%s (%d given)", signature.getName(), maxArgs,
                            given == 0 ? "keyword " : "", maxArgs == 1 ? "" : "s", given + keywordCount);
        }
        return typeError(location, "%s() takes %s %d positional argument%s (%d given)", signature.getName(),
                        min == max ? "exactly" : "at most", max, max == 1 ? "" : "s", given);
    }

    /** Whether a positional parameter of a built-in can be passed by keyword (argument clinic's wording). */
    private static boolean takesKeywords(Signature signature) {
        return !signature.isPositionalOnly();
    }

    /** A C function of exactly one argument ({@code METH_O}), which CPython names with its qualified name. */
    private static boolean isMethO(Signature signature, int max, int min) {
        return max == 1 && min == 1 && signature.isPositionalOnly() && signature.getKeywordOnlyNames().length == 0 &&
                        !signature.takesVarKeywords() && !signature.takesVarArgs();
    }

    /** {@code _PyArg_CheckPositional}'s wording: "range expected at least 1 argument, got 0". */
    private static PException expected(Node location, Signature signature, String bound, int n, int given) {
        return typeError(location, "%s expected %s%d argument%s, got %d", signature.getName(), bound, n,
                        n == 1 ? "" : "s", given);
    }

    static PException builtinBadKeyword(Node location, Signature signature, String keyword, int index) {
        CompilerDirectives.transferToInterpreter();
        if (index >= 0) {
            return typeError(location, ErrorMessages.MULTIPLE_VALUES_FOR_ARGUMENT, signature.getName(), keyword,
                            index + 1 - (signature.isMethod() ? 1 : 0));
        } else if (signature.isPositionalOnly() && signature.getKeywordOnlyNames().length == 0) {
            return typeError(location, ErrorMessages.TAKES_NO_KEYWORD_ARGUMENTS, signature.getName());
        }
        // builtin_sorted hands its keywords to list.sort, which is what rejects them
        String name = signature.getName().equals("sorted") && !signature.isMethod() ? "sort" : signature.getName();
        return typeError(location, ErrorMessages.UNEXPECTED_KEYWORD_ARGUMENT + "%s", name, keyword,
                        KeywordSuggestion.suffix(keyword, keywordCapable(signature)));
    }

    /** A required parameter of a built-in got no argument; {@code given} excludes the receiver. */
    static PException builtinMissing(Node location, Signature signature, int index, int given, int offset) {
        CompilerDirectives.transferToInterpreter();
        int max = signature.getParameterNames().length - offset;
        int min = Math.max(0, signature.getMinPositional() - offset);
        boolean constructor = offset > 0 && !signature.isMethod();
        if (!constructor && isMethO(signature, max, min)) {
            return typeError(location, ErrorMessages.TAKES_EXACTLY_ONE_ARGUMENT, signature.getQualifiedName(), given);
        }
        if (!takesKeywords(signature)) {
            return expected(location, signature, min == max ? "" : "at least ", min, given);
        } else if (index < signature.getPositionalOnlyCount()) {
            int minPos = Math.min(signature.getPositionalOnlyCount(), signature.getMinPositional()) - offset;
            return typeError(location, "%s() takes %s %d positional argument%s (%d given)", signature.getName(),
                            minPos == max ? "exactly" : "at least", minPos, minPos == 1 ? "" : "s", given);
        }
        if (constructor && signature.getName().equals("enumerate")) {
            // enumerate_vectorcall (Objects/enumobject.c) words it by hand, without the position
            return typeError(location, "%s() missing required argument '%s'", signature.getName(),
                            signature.getParameterNames()[index]);
        }
        return typeError(location, ErrorMessages.MISSING_REQUIRED_ARGUMENT, signature.getName(),
                        signature.getParameterNames()[index], index + 1 - offset);
    }

    private static PException typeError(Node location, String format, Object... args) {
        return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, format, args);
    }
}
