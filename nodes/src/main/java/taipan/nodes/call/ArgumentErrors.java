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

    /** @param given every positional argument, the receiver ({@code offset} of them) included */
    static PException builtinTooMany(Node location, Signature signature, int allGiven, int offset) {
        CompilerDirectives.transferToInterpreter();
        int given = allGiven - offset;
        int max = signature.getParameterNames().length - offset;
        if (max == 0) {
            return typeError(location, ErrorMessages.TAKES_NO_ARGUMENTS, signature.getName(), given);
        } else if (max == 1 && signature.getMinPositional() - offset == 1) {
            return typeError(location, ErrorMessages.TAKES_EXACTLY_ONE_ARGUMENT, signature.getName(), given);
        }
        return typeError(location, ErrorMessages.TAKES_AT_MOST_ARGUMENTS, signature.getName(), max, given);
    }

    static PException builtinBadKeyword(Node location, Signature signature, String keyword, int index) {
        CompilerDirectives.transferToInterpreter();
        if (index >= 0) {
            return typeError(location, ErrorMessages.MULTIPLE_VALUES_FOR_ARGUMENT, signature.getName(), keyword,
                            index + 1 - (signature.isMethod() ? 1 : 0));
        } else if (signature.isPositionalOnly() && signature.getKeywordOnlyNames().length == 0) {
            return typeError(location, ErrorMessages.TAKES_NO_KEYWORD_ARGUMENTS, signature.getName());
        }
        return typeError(location, ErrorMessages.UNEXPECTED_KEYWORD_ARGUMENT + "%s", signature.getName(), keyword,
                        KeywordSuggestion.suffix(keyword, keywordCapable(signature)));
    }

    static PException builtinMissing(Node location, Signature signature, int index, int given, int offset) {
        CompilerDirectives.transferToInterpreter();
        if (signature.getParameterNames().length - offset == 1) {
            return typeError(location, ErrorMessages.TAKES_EXACTLY_ONE_ARGUMENT, signature.getName(), given);
        }
        return typeError(location, ErrorMessages.MISSING_REQUIRED_ARGUMENT, signature.getName(),
                        signature.getParameterNames()[index], index + 1 - offset);
    }

    private static PException typeError(Node location, String format, Object... args) {
        return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, format, args);
    }
}
