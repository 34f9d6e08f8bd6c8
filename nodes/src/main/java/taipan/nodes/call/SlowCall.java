package taipan.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.classes.ClassCalls;
import taipan.nodes.object.SlowCompare;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PBuiltinMethod;
import taipan.runtime.function.PFunction;
import taipan.runtime.function.PMethod;
import taipan.runtime.function.Signature;
import taipan.runtime.object.UncachedCalls;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * Calls any callable without an inline cache: for slow paths (runtime code calling back into Python, megamorphic
 * special-method sites). Binds arguments exactly as {@link CallDispatchNode} does.
 */
public final class SlowCall implements UncachedCalls.Invoker {

    private static final String[] NO_NAMES = new String[0];
    private static final Object[] NO_VALUES = new Object[0];

    /** Installs the runtime's hook; the front end does this once when it loads. */
    public static void install() {
        UncachedCalls.install(new SlowCall());
    }

    @Override
    public Object call(Object callable, Object[] arguments) {
        return call(null, callable, arguments, NO_NAMES, NO_VALUES);
    }

    @Override
    public Object callSpecial(Object receiver, String name, Object[] arguments) {
        return SpecialMethods.callUncached(null, receiver, name, arguments);
    }

    @Override
    public boolean compare(Object a, Object b, String symbol) {
        return SlowCompare.compare(null, a, b, symbol);
    }

    @Override
    public long hash(Object value) {
        return SlowCompare.hash(null, value);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object call(Node location, Object callable, Object[] positional) {
        return call(location, callable, positional, NO_NAMES, NO_VALUES);
    }

    /**
     * The node a call through here is made from: {@code location} when it is part of a tree, else the encapsulating
     * node the caller set ({@link EncapsulatingNodeReference}), as {@code CallTarget.call(args)} would take. A null
     * or unadopted location would otherwise hide the caller's current line (a warning issued from a comparison
     * names that line through the encapsulating node).
     */
    private static Node callLocation(Node location) {
        return location != null && location.isAdoptable() ? location : EncapsulatingNodeReference.getCurrent().get();
    }

    /**
     * The callee's frame is entered from {@code location}: Truffle records it as the caller's position, so a
     * traceback through this call names the caller's line (without it the line is -1). The callee raising is an
     * ordinary outcome: its exception leaves the boundary without invalidating the caller's compiled code.
     */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object call(Node location, Object callable, Object[] positional, String[] keywordNames,
                    Object[] keywords) {
        if (callable instanceof PFunction f) {
            Signature signature = f.getCode().getSignature();
            // bindFunction, not bind: it fills in the function's defaults (and puts the function first)
            return f.getCode().getCallTarget().call(callLocation(location), ArgumentBinder.bindFunction(location, f, signature,
                            mapping(signature, keywordNames), keywordNames, positional, keywords, false, null));
        } else if (callable instanceof PBuiltinFunction b) {
            Signature signature = b.getSignature();
            return b.getCallTarget().call(callLocation(location), ArgumentBinder.bind(location, signature, mapping(signature, keywordNames),
                            keywordNames, positional, keywords, false, null));
        } else if (callable instanceof PMethod m) {
            return call(location, m.getFunction(), prepend(m.getSelf(), positional), keywordNames, keywords);
        } else if (callable instanceof PBuiltinMethod m) {
            return call(location, m.getFunction(), prepend(m.getSelf(), positional), keywordNames, keywords);
        } else if (callable instanceof PythonClass cls) {
            return ClassCalls.call(location, cls, positional, keywordNames, keywords);
        } else if (callable instanceof taipan.runtime.type.PGenericAlias alias) {
            return call(location, alias.getOrigin(), positional, keywordNames, keywords);
        }
        Object dunder = SpecialMethods.lookup(location, callable, "__call__");
        if (dunder == null) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.OBJECT_NOT_CALLABLE,
                            PythonErrors.typeName(location, callable));
        }
        if (dunder instanceof PFunction || dunder instanceof PBuiltinFunction b && b.bindsToInstance()) {
            return call(location, dunder, prepend(callable, positional), keywordNames, keywords);
        }
        // a __call__ that is not a plain method binds as a descriptor: NewType's __call__ = _idfunc does not
        // bind at all, a staticmethod unwraps
        Object bound = taipan.nodes.attribute.Descriptors.bind(location, dunder, callable,
                        SpecialMethods.classOf(location, callable));
        return call(location, bound, positional, keywordNames, keywords);
    }

    /**
     * Calls a built-in class's constructor with the class first, bound as a class call binds it: the class is the
     * receiver, so "too many arguments" counts only the caller's arguments ({@code int("Z", (1,), {})}).
     */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static Object callConstructor(Node location, PBuiltinFunction constructor, Object cls, Object[] positional,
                    String[] keywordNames, Object[] keywords) {
        Signature signature = constructor.getSignature();
        return constructor.getCallTarget().call(callLocation(location), ArgumentBinder.bind(location, signature,
                        mapping(signature, keywordNames), keywordNames, positional, keywords, true, cls));
    }

    static int[] mapping(Signature signature, String[] keywordNames) {
        int[] mapping = new int[keywordNames.length];
        for (int i = 0; i < keywordNames.length; i++) {
            mapping[i] = signature.keywordIndex(keywordNames[i]);
        }
        return mapping;
    }

    public static Object[] prepend(Object first, Object[] rest) {
        Object[] result = new Object[rest.length + 1];
        result[0] = first;
        System.arraycopy(rest, 0, result, 1, rest.length);
        return result;
    }
}
