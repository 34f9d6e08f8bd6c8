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
import taipan.runtime.function.SlotDefs;
import taipan.runtime.type.BuiltinType;

/** The TypeErrors of a call whose arguments do not fit the callee, worded as CPython's {@code ceval.c}/getargs. */
final class ArgumentErrors {

    private ArgumentErrors() {
    }

    static PException multipleValues(Node location, PFunction function, String keyword) {
        CompilerDirectives.transferToInterpreter();
        return typeError(location, ErrorMessages.GOT_MULTIPLE_VALUES, function.getQualname(), keyword);
    }

    /** A keyword no parameter takes, in a function without {@code **kwargs}. */
    static PException badKeyword(Node location, PFunction function, String[] keywordNames, int[] mapping,
                    int which) {
        CompilerDirectives.transferToInterpreter();
        Signature signature = function.getCode().getSignature();
        String name = function.getQualname();
        if (mapping[which] == Signature.POSITIONAL_ONLY_NAME) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < keywordNames.length; i++) {
                if (mapping[i] == Signature.POSITIONAL_ONLY_NAME) {
                    names.add(keywordNames[i]);
                }
            }
            return typeError(location, ErrorMessages.POSITIONAL_ONLY_AS_KEYWORD, name, String.join(", ", names));
        }
        String keyword = keywordNames[which];
        return typeError(location, ErrorMessages.UNEXPECTED_KEYWORD_ARGUMENT + "%s", name, keyword,
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
        return typeError(location, ErrorMessages.TAKES_POSITIONAL_ARGUMENTS, function.getQualname(), takes,
                        plural ? "s" : "", given + kwonly, given == 1 && kwonlyGiven == 0 ? "was" : "were");
    }

    static PException missingPositional(Node location, PFunction function, Object[] frameArgs, int firstDefault) {
        CompilerDirectives.transferToInterpreter();
        Signature signature = function.getCode().getSignature();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < firstDefault; i++) {
            if (frameArgs[i + 1] == null) {
                names.add(signature.getParameterNames()[i]);
            }
        }
        return missing(location, function.getQualname(), "positional", names);
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
        return missing(location, function.getQualname(), "keyword-only", names);
    }

    @TruffleBoundary
    private static PException missing(Node location, String functionName, String kind, List<String> names) {
        List<String> quoted = new ArrayList<>();
        for (String name : names) {
            quoted.add("'" + name + "'");
        }
        int n = quoted.size();
        String list = n == 1 ? quoted.get(0)
                        : n == 2 ? quoted.get(0) + " and " + quoted.get(1)
                                        : String.join(", ", quoted.subList(0, n - 1)) + ", and " + quoted.get(n - 1);
        return typeError(location, ErrorMessages.MISSING_REQUIRED_ARGUMENTS_OF_KIND, functionName, n, kind,
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
        if (signature.isSlotWrapper() && SlotDefs.arity(signature.getName()) >= 0) {
            return slotWrapperArity(location, signature, allGiven);
        }
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
        if (!takesKeywords(signature) || constructor && hasVectorcall(signature)) {
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

    /**
     * The constructors with a vectorcall of their own, which count the positional arguments first
     * ({@code _PyArg_CheckPositional}); the other keyword-taking ones parse through argument clinic.
     */
    private static boolean hasVectorcall(Signature signature) {
        return signature.getName().equals("int") || signature.getName().equals("str");
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
        // super_vectorcall passes "super()" as the name
        String name = signature.getName().equals("super") ? "super()" : signature.getName();
        return typeError(location, "%s expected %s%d argument%s, got %d", name, bound, n,
                        n == 1 ? "" : "s", given);
    }

    static PException builtinBadKeyword(Node location, Signature signature, String keyword, int index,
                    int positionalCount, int keywordCount) {
        CompilerDirectives.transferToInterpreter();
        String name = signature.getName();
        if ((name.equals("min") || name.equals("max")) && positionalCount == 0) {
            // builtin_min_max checks for a positional argument before it parses the keywords
            return typeError(location, ErrorMessages.EXPECTED_AT_LEAST_ONE_ARGUMENT, name);
        } else if (index < 0 && name.equals("enumerate")) {
            // enum_vectorcall's own wording
            return typeError(location, "'%s' is an invalid keyword argument for enumerate()", keyword);
        }
        int keywordOnly = signature.getKeywordOnlyNames().length;
        boolean countsFirst = !signature.takesVarArgs() || name.equals("min") || name.equals("max");
        if (index < 0 && countsFirst && keywordOnly > 0 && keywordCount > keywordOnly
                        && keywordCapable(signature).length == keywordOnly) {
            // _PyArg_UnpackKeywords counts the keywords before it looks at their names
            return typeError(location, "%s() takes at most %d keyword argument%s (%d given)", errorName(signature),
                            keywordOnly, keywordOnly == 1 ? "" : "s", keywordCount);
        }
        if (index >= 0) {
            return typeError(location, ErrorMessages.MULTIPLE_VALUES_FOR_ARGUMENT, signature.getName(), keyword,
                            index + 1 - (signature.isMethod() ? 1 : 0));
        } else if (signature.isPositionalOnly() && signature.getKeywordOnlyNames().length == 0) {
            return typeError(location, ErrorMessages.TAKES_NO_KEYWORD_ARGUMENTS, signature.getName());
        }
        return typeError(location, ErrorMessages.UNEXPECTED_KEYWORD_ARGUMENT + "%s", errorName(signature), keyword,
                        KeywordSuggestion.suffix(keyword, keywordCapable(signature)));
    }

    /** builtin_sorted hands its keywords to list.sort, which is what rejects them (and names itself). */
    private static String errorName(Signature signature) {
        return signature.getName().equals("sorted") && !signature.isMethod() ? "sort" : signature.getName();
    }

    /** A required parameter of a built-in got no argument; {@code given} excludes the receiver. */
    static PException builtinMissing(Node location, Signature signature, int index, int given, int offset) {
        CompilerDirectives.transferToInterpreter();
        if (signature.isSlotWrapper() && (given < 0 || SlotDefs.arity(signature.getName()) >= 0)) {
            return slotWrapperArity(location, signature, given + offset);
        }
        if (given < 0 && signature.getName().equals("__new__")) {
            // tp_new_wrapper: no class to create at all
            return typeError(location, "%s(): not enough arguments", signature.getQualifiedName());
        }
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

    /**
     * A slot wrapper called with the wrong number of arguments ({@code allGiven} with the receiver):
     * {@code wrapperdescr_call}'s "needs an argument" without one, else the wrapper's {@code check_num_args}.
     */
    private static PException slotWrapperArity(Node location, Signature signature, int allGiven) {
        if (allGiven <= 0) {
            return typeError(location, "descriptor '%s' of '%s' object needs an argument", signature.getName(),
                            ownerName(signature));
        }
        int arity = SlotDefs.arity(signature.getName());
        return typeError(location, "expected %d argument%s, got %d", arity, arity == 1 ? "" : "s", allGiven - 1);
    }

    private static String ownerName(Signature signature) {
        String qualified = signature.getQualifiedName();
        return qualified.substring(0, Math.max(0, qualified.length() - signature.getName().length() - 1));
    }

    /**
     * A slot wrapper called unbound ({@code int.__add__(x, y)}) checks its receiver as {@code wrapperdescr_call}
     * does: an instance of its class, or of a class whose dict holds the same method (a mapping proxy's dict
     * methods). Behind a boundary: only direct calls of a non-object slot wrapper come here.
     */
    @TruffleBoundary
    static void checkSlotReceiver(Node location, Signature signature, Object receiver) {
        taipan.runtime.type.PythonClass cls = taipan.nodes.object.SpecialMethods.classOf(location, receiver);
        if (cls.isSubclassOf(taipan.language.TaipanLanguage.get(location).getBuiltinClass(signature.getSlotOwner()))) {
            return;
        }
        for (taipan.runtime.type.PythonClass c : cls.getMro()) {
            if (c.getOwnAttribute(signature.getName()) instanceof taipan.runtime.function.PBuiltinFunction f
                            && f.getSignature() == signature) {
                return;
            }
        }
        throw typeError(location, "descriptor '%s' requires a '%s' object but received a '%s'", signature.getName(),
                        ownerName(signature), cls.getName());
    }

    private static PException typeError(Node location, String format, Object... args) {
        return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, format, args);
    }
}
