package taipan.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.runtime.function.PFunction;
import taipan.runtime.function.Signature;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.threading.ThreadingMode;

/**
 * Binds a call's positional and keyword arguments to a callee's {@link Signature}, as CPython's
 * {@code initialize_locals} does for Python functions and argument clinic for C functions. At a cached call site the
 * signature, the keyword mapping and the argument counts are constants, so the loops unroll and the checks fold
 * away; the only allocation left is the argument array itself.
 */
public final class ArgumentBinder {

    private ArgumentBinder() {
    }

    /**
     * Binds for a built-in: an optional parameter not passed is {@link PNone#NO_VALUE}.
     *
     * @param prepend a value passed before the positional arguments (the class, when a class is called), or ignored
     *            unless {@code hasPrepend}
     */
    @ExplodeLoop
    public static Object[] bind(Node location, Signature signature, int[] mapping, String[] keywordNames,
                    Object[] positional, Object[] keywords, boolean hasPrepend, Object prepend) {
        String[] params = signature.getParameterNames();
        int offset = hasPrepend ? 1 : 0;
        int given = positional.length + offset;
        if (signature.getSlotOwner() != null && !hasPrepend && positional.length > 0) {
            ArgumentErrors.checkSlotReceiver(location, signature, positional[0]); // null (folded) but for slot wrappers
        }
        if (given > params.length && !signature.takesVarArgs()) {
            throw ArgumentErrors.builtinTooMany(location, signature, given, keywords.length,
                            hasPrepend || signature.isMethod() ? 1 : 0);
        }
        Object[] bound = new Object[signature.getBoundLength()];
        if (hasPrepend) {
            bound[0] = prepend;
        }
        copyPositional(signature, positional, bound, 0, offset);
        for (int i = 0; i < mapping.length; i++) { // == keywords.length, but a constant at a cached call site
            int index = mapping[i];
            if (index < 0 && signature.takesVarKeywords()) {
                // dict(**kwargs), dict.update(**kwargs): the keywords no parameter takes go into one new dict
                PDict kwargs = bound[signature.getVarKeywordsIndex()] instanceof PDict d ? d : null;
                bound[signature.getVarKeywordsIndex()] = addKeyword(location, kwargs, keywordNames[i], keywords[i]);
                continue;
            }
            if (index < 0 || bound[index] != null) {
                throw ArgumentErrors.builtinBadKeyword(location, signature, keywordNames[i], index, positional.length,
                                keywords.length);
            }
            bound[index] = keywords[i];
        }
        for (int i = 0; i < bound.length; i++) {
            if (bound[i] == null) {
                if (i < signature.getMinPositional()) {
                    int receiver = hasPrepend || signature.isMethod() ? 1 : 0;
                    throw ArgumentErrors.builtinMissing(location, signature, i, given - receiver, receiver);
                }
                bound[i] = PNone.NO_VALUE;
            }
        }
        return bound;
    }

    /**
     * Binds for a Python function: returns its frame arguments, the function object first, then every parameter's
     * value (defaults filled in, {@code *args} a tuple, {@code **kwargs} a new dict).
     */
    @ExplodeLoop
    public static Object[] bindFunction(Node location, PFunction function, Signature signature, int[] mapping,
                    String[] keywordNames, Object[] positional, Object[] keywords, boolean hasPrepend,
                    Object prepend) {
        if (hasPrepend && signature.getParameterNames().length == 0) {
            return bindFunction(location, function, signature, mapping, keywordNames, prepended(prepend, positional),
                            keywords, false, null);
        }
        int offset = hasPrepend ? 1 : 0;
        Object[] frameArgs = new Object[signature.getBoundLength() + 1];
        frameArgs[0] = function;
        if (hasPrepend) {
            frameArgs[1] = prepend;
        }
        copyPositional(signature, positional, frameArgs, 1, offset);
        PDict kwargs = null;
        for (int i = 0; i < mapping.length; i++) { // == keywords.length, but a constant at a cached call site
            int index = mapping[i];
            if (index >= 0) {
                if (frameArgs[index + 1] != null) {
                    throw ArgumentErrors.multipleValues(location, function, keywordNames[i]);
                }
                frameArgs[index + 1] = keywords[i];
            } else if (signature.takesVarKeywords()) {
                kwargs = addKeyword(location, kwargs, keywordNames[i], keywords[i]);
            } else {
                throw ArgumentErrors.badKeyword(location, function, keywordNames, mapping, i);
            }
        }
        int given = positional.length + offset;
        if (given > signature.getParameterNames().length && !signature.takesVarArgs()) {
            throw ArgumentErrors.tooMany(location, function, given, mapping);
        }
        if (signature.takesVarKeywords()) {
            frameArgs[signature.getVarKeywordsIndex() + 1] = kwargs == null ? new PDict() : kwargs;
        }
        fillDefaults(location, function, signature, frameArgs);
        return frameArgs;
    }

    /**
     * Copies the positional arguments into {@code bound}, parameter 0 at {@code base}, after {@code offset} values
     * already prepended there; the surplus goes into the *args tuple when the signature has one.
     */
    /**
     * Copies the positional arguments into their slots (and the surplus into the {@code *args} tuple). At an ordinary
     * call site their count is a constant and the copy unrolls; when it is not (a {@code f(*args)} call site, whose
     * array is built at run time) the copy stays a loop: unrolling a loop without a constant bound never ends, and
     * the compiler gives up on the whole function after seconds of work (ABCMeta.__new__ did, at every start-up).
     */
    private static void copyPositional(Signature signature, Object[] positional, Object[] bound, int base,
                    int offset) {
        int n = signature.getParameterNames().length;
        int direct = Math.max(Math.min(positional.length, n - offset), 0);
        if (CompilerDirectives.isPartialEvaluationConstant(positional.length)) {
            copyUnrolled(positional, 0, bound, base + offset, direct);
        } else {
            System.arraycopy(positional, 0, bound, base + offset, direct);
        }
        if (signature.takesVarArgs()) {
            int rest = positional.length - direct;
            Object[] items = new Object[rest];
            if (CompilerDirectives.isPartialEvaluationConstant(rest)) {
                copyUnrolled(positional, direct, items, 0, rest);
            } else {
                System.arraycopy(positional, direct, items, 0, rest);
            }
            bound[base + n] = rest == 0 ? PTuple.EMPTY : new PTuple(items);
        }
    }

    /** {@code System.arraycopy} for a count that is a compilation constant: unrolled, each element a plain store. */
    @ExplodeLoop
    private static void copyUnrolled(Object[] from, int fromIndex, Object[] to, int toIndex, int count) {
        for (int i = 0; i < count; i++) {
            to[toIndex + i] = from[fromIndex + i];
        }
    }

    /** Fills parameters left unbound from the function's defaults, or raises for the first missing ones. */
    @ExplodeLoop
    private static void fillDefaults(Node location, PFunction function, Signature signature, Object[] frameArgs) {
        int n = signature.getParameterNames().length;
        Object[] defaults = function.getDefaults();
        int firstDefault = n - defaults.length;
        for (int i = 0; i < n; i++) {
            if (frameArgs[i + 1] == null) {
                if (i < firstDefault) {
                    throw ArgumentErrors.missingPositional(location, function, frameArgs, firstDefault);
                }
                frameArgs[i + 1] = defaults[i - firstDefault];
            }
        }
        int start = signature.getKeywordOnlyStart() + 1;
        int count = signature.getKeywordOnlyNames().length;
        for (int i = 0; i < count; i++) {
            if (frameArgs[start + i] == null) {
                Object[] kwDefaults = function.getKwDefaults();
                Object value = kwDefaults == null ? null : kwDefaults[i];
                if (value == null) {
                    throw ArgumentErrors.missingKeywordOnly(location, function, frameArgs);
                }
                frameArgs[start + i] = value;
            }
        }
    }

    private static Object[] prepended(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    @TruffleBoundary
    private static PDict addKeyword(Node location, PDict kwargs, String name, Object value) {
        PDict dict = kwargs == null ? new PDict() : kwargs;
        ThreadingMode mode = TaipanLanguage.get(location).threadingMode();
        dict.getStorage().put(mode, new BuiltinEquality(mode), PyStrings.of(name), value);
        return dict;
    }
}
