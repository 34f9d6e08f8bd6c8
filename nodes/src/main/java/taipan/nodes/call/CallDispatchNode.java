package taipan.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import com.oracle.truffle.api.Assumption;

import taipan.language.TaipanLanguage;
import taipan.nodes.classes.ClassCalls;
import taipan.runtime.function.PMethod;
import taipan.runtime.object.PythonObject;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PBuiltinMethod;
import taipan.runtime.function.PCode;
import taipan.runtime.function.PFunction;
import taipan.runtime.function.Signature;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * Calls a callable with evaluated arguments. Monomorphic sites call a cached {@code CallTarget} through a
 * {@link DirectCallNode} (so Graal can inline it), with the keyword-to-parameter mapping computed once. Sites cache
 * only language-level objects (built-in functions and classes, a Python function's code, never the per-context
 * function object), as the shared context policy requires. Calling a class calls its constructor with the
 * class prepended.
 */
public abstract class CallDispatchNode extends Node {

    /** How many different callees one call site caches before going megamorphic. */
    static final String CALL_LIMIT = "4";

    @CompilationFinal(dimensions = 1) protected final String[] keywordNames;

    protected CallDispatchNode(String[] keywordNames) {
        this.keywordNames = keywordNames;
    }

    private static final String[] NO_KEYWORDS = new String[0];
    static final String INIT = "__init__";

    /** For calls with positional arguments only. */
    public static CallDispatchNode create() {
        return CallDispatchNodeGen.create(NO_KEYWORDS);
    }

    public static CallDispatchNode create(String[] keywordNames) {
        return CallDispatchNodeGen.create(keywordNames);
    }

    public abstract Object execute(Object callee, Object[] positional, Object[] keywords);

    @Specialization(guards = "callee == cachedCallee", limit = CALL_LIMIT)
    Object doBuiltinCached(@SuppressWarnings("unused") PBuiltinFunction callee, Object[] positional, Object[] keywords,
                    @Cached("callee") PBuiltinFunction cachedCallee,
                    @Cached(value = "keywordMapping(cachedCallee.getSignature())", dimensions = 1) int[] mapping,
                    @Cached("createCall(cachedCallee.getCallTarget())") DirectCallNode call) {
        return call.call(ArgumentBinder.bind(this, cachedCallee.getSignature(), mapping, keywordNames, positional,
                        keywords, false, null));
    }

    @Specialization(guards = {"callee == cachedCallee", "cachedConstructor != null"}, limit = CALL_LIMIT)
    Object doClassCached(@SuppressWarnings("unused") PythonClass callee, Object[] positional, Object[] keywords,
                    @Cached("callee") PythonClass cachedCallee,
                    @Cached("callee.getConstructor()") PBuiltinFunction cachedConstructor,
                    @Cached(value = "keywordMapping(cachedConstructor.getSignature())", dimensions = 1) int[] mapping,
                    @Cached("createCall(cachedConstructor.getCallTarget())") DirectCallNode call) {
        return call.call(ArgumentBinder.bind(this, cachedConstructor.getSignature(), mapping, keywordNames, positional,
                        keywords, true, cachedCallee));
    }

    @Specialization(guards = "callee.getCode() == cachedCode", limit = CALL_LIMIT)
    Object doFunctionCached(PFunction callee, Object[] positional, Object[] keywords,
                    @Cached("callee.getCode()") PCode cachedCode,
                    @Cached(value = "keywordMapping(cachedCode.getSignature())", dimensions = 1) int[] mapping,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode call) {
        return call.call(ArgumentBinder.bindFunction(this, callee, cachedCode.getSignature(), mapping, keywordNames,
                        positional, keywords, false, null));
    }

    @Specialization(replaces = "doFunctionCached")
    Object doFunction(PFunction callee, Object[] positional, Object[] keywords,
                    @Cached IndirectCallNode call) {
        PCode code = callee.getCode();
        return call.call(code.getCallTarget(), bindUncached(callee, code.getSignature(), positional, keywords));
    }

    @Specialization(replaces = "doBuiltinCached")
    Object doBuiltin(PBuiltinFunction callee, Object[] positional, Object[] keywords,
                    @Cached IndirectCallNode call) {
        return call.call(callee.getCallTarget(), bindUncached(callee.getSignature(), positional, keywords, false, null));
    }

    @Specialization(guards = "callee.getConstructor() != null", replaces = "doClassCached")
    Object doClass(PythonClass callee, Object[] positional, Object[] keywords,
                    @Cached IndirectCallNode call) {
        PBuiltinFunction constructor = callee.getConstructor();
        return call.call(constructor.getCallTarget(), bindUncached(constructor.getSignature(), positional, keywords,
                        true, callee));
    }

    /** A bound built-in method: the receiver becomes the first positional argument. */
    @Specialization
    Object doBuiltinMethod(PBuiltinMethod callee, Object[] positional, Object[] keywords,
                    @Cached("create(keywordNames)") CallDispatchNode inner) {
        Object[] withSelf = new Object[positional.length + 1];
        withSelf[0] = callee.getSelf();
        System.arraycopy(positional, 0, withSelf, 1, positional.length);
        return inner.execute(callee.getFunction(), withSelf, keywords);
    }

    /** A bound method: the receiver becomes the first positional argument. */
    @Specialization
    Object doMethod(PMethod callee, Object[] positional, Object[] keywords,
                    @Cached("create(keywordNames)") CallDispatchNode inner) {
        return inner.execute(callee.getFunction(), SlowCall.prepend(callee.getSelf(), positional), keywords);
    }

    /**
     * A user class whose instances are plain objects made by {@code object.__new__}: the allocation is inline and
     * {@code __init__} is called through a cached call.
     */
    @Specialization(guards = {"callee == cachedCallee", "isSimpleClass(cachedCallee)"}, limit = CALL_LIMIT,
                    assumptions = {"singleContext()", "cachedCallee.getStableAssumption()"})
    Object doUserClassCached(@SuppressWarnings("unused") PythonClass callee, Object[] positional, Object[] keywords,
                    @Cached("callee") PythonClass cachedCallee,
                    @Cached("cachedCallee.lookup(INIT)") Object init,
                    @Cached("isUserInit(cachedCallee, init)") boolean hasInit,
                    @Cached("create(keywordNames)") CallDispatchNode initCall) {
        PythonObject instance = new PythonObject(cachedCallee.getInstanceShape());
        if (hasInit) {
            ClassCalls.checkInitResult(this, initCall.execute(init, SlowCall.prepend(instance, positional),
                            keywords));
        } else if (positional.length + keywords.length > 0) {
            throw ClassCalls.takesNoArguments(this, cachedCallee);
        }
        return instance;
    }

    /**
     * A user subclass of a built-in exception (no {@code __new__} of its own): the exception constructor and the
     * class's {@code __init__} are called through cached calls, so raising one in a loop does not go through the
     * generic {@code type.__call__} boundary.
     */
    @Specialization(guards = {"callee == cachedCallee", "isUserExceptionClass(cachedCallee)"}, limit = CALL_LIMIT,
                    assumptions = {"singleContext()", "cachedCallee.getStableAssumption()"})
    Object doUserExceptionCached(@SuppressWarnings("unused") PythonClass callee, Object[] positional,
                    Object[] keywords,
                    @Cached("callee") PythonClass cachedCallee,
                    @Cached("builtinConstructor(cachedCallee)") PBuiltinFunction constructor,
                    @Cached(value = "keywordMapping(constructor.getSignature())", dimensions = 1) int[] mapping,
                    @Cached("create(constructor.getCallTarget())") DirectCallNode newCall,
                    @Cached("cachedCallee.lookup(INIT)") Object init,
                    @Cached("isUserInit(cachedCallee, init)") boolean hasInit,
                    @Cached("create(keywordNames)") CallDispatchNode initCall) {
        Object instance = newCall.call(ArgumentBinder.bind(this, constructor.getSignature(), mapping, keywordNames,
                        positional, keywords, true, cachedCallee));
        if (!(instance instanceof taipan.runtime.exception.PBaseException e) || e.getType() != cachedCallee) {
            instance = ClassCalls.wrapBuiltinResult(this, cachedCallee, instance);
        }
        if (hasInit) {
            ClassCalls.checkInitResult(this, initCall.execute(init, SlowCall.prepend(instance, positional),
                            keywords));
        }
        return instance;
    }

    @Specialization(guards = "!callee.isBuiltin()", replaces = {"doUserClassCached", "doUserExceptionCached"})
    Object doUserClass(PythonClass callee, Object[] positional, Object[] keywords) {
        return ClassCalls.call(this, callee, positional, keywordNames, keywords);
    }

    @Fallback
    Object doGeneric(Object callee, Object[] positional, Object[] keywords) {
        return SlowCall.call(this, callee, positional, keywordNames, keywords);
    }

    /**
     * Binding at a megamorphic site: the signature is not a constant there, so the binder's exploded loops must
     * not be partially evaluated (they would not terminate: "too many loop explosion iterations").
     */
    @TruffleBoundary
    private Object[] bindUncached(PFunction callee, Signature signature, Object[] positional, Object[] keywords) {
        return ArgumentBinder.bindFunction(this, callee, signature, keywordMapping(signature), keywordNames, positional,
                        keywords, false, null);
    }

    @TruffleBoundary
    private Object[] bindUncached(Signature signature, Object[] positional, Object[] keywords, boolean hasPrepend,
                    Object prepend) {
        return ArgumentBinder.bind(this, signature, keywordMapping(signature), keywordNames, positional, keywords,
                        hasPrepend, prepend);
    }

    static boolean isSimpleClass(PythonClass cls) {
        return !cls.isBuiltin() && cls.getSolidBase() == BuiltinType.OBJECT && !ClassCalls.hasUserNew(cls) &&
                        cls.getMetaclass().isBuiltin() && !taipan.nodes.classes.AbstractClasses.mayBeAbstract(cls) &&
                        !cls.hasFinalizer();
    }

    static boolean isUserInit(PythonClass cls, Object init) {
        return ClassCalls.isUserInit(cls, init);
    }

    static boolean isUserExceptionClass(PythonClass cls) {
        return !cls.isBuiltin() && cls.getSolidBase().isException() && !ClassCalls.hasUserNew(cls)
                        && cls.getMetaclass().isBuiltin() && builtinConstructor(cls) != null;
    }

    static PBuiltinFunction builtinConstructor(PythonClass cls) {
        return ClassCalls.builtinConstructor(cls);
    }

    static DirectCallNode createCall(com.oracle.truffle.api.CallTarget target) {
        return taipan.nodes.builtin.BuiltinRootNode.createCall(target);
    }

    final Assumption singleContext() {
        return TaipanLanguage.get(this).getSingleContextAssumption();
    }

    /** For each keyword of this call site, the index of the bound argument it goes to (-1: none). */
    protected final int[] keywordMapping(Signature signature) {
        int[] mapping = new int[keywordNames.length];
        for (int i = 0; i < keywordNames.length; i++) {
            mapping[i] = signature.keywordIndex(keywordNames[i]);
        }
        return mapping;
    }
}
