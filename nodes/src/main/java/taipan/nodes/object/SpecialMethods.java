package taipan.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.Descriptors;
import taipan.nodes.call.SlowCall;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.PythonTypes;
import taipan.runtime.type.PythonClass;

/** Special-method lookup and calls on slow paths: {@code type(x).__name__(x, ...)}, never the instance dict. */
public final class SpecialMethods {

    private SpecialMethods() {
    }

    @TruffleBoundary
    public static PythonClass classOf(Node location, Object value) {
        return PythonTypes.classOf(TaipanLanguage.get(location), value);
    }

    /** The raw attribute {@code name} on the class of {@code receiver}, or null. */
    @TruffleBoundary
    public static Object lookup(Node location, Object receiver, String name) {
        return classOf(location, receiver).lookup(name);
    }

    /** {@code type(receiver).name(receiver, *arguments)}; null when the class has no such attribute. */
    @TruffleBoundary
    public static Object callUncached(Node location, Object receiver, String name, Object[] arguments) {
        PythonClass cls = classOf(location, receiver);
        Object attribute = cls.lookup(name);
        if (attribute == null) {
            return null;
        }
        return callAttribute(location, attribute, receiver, cls, arguments);
    }

    /** Calls a special method found on {@code cls}, binding it to {@code receiver} as a method. */
    @TruffleBoundary
    public static Object callAttribute(Node location, Object attribute, Object receiver, PythonClass cls,
                    Object[] arguments) {
        if (attribute instanceof PFunction || attribute instanceof PBuiltinFunction f && f.bindsToInstance()) {
            return SlowCall.call(location, attribute, SlowCall.prepend(receiver, arguments));
        }
        Object bound = Descriptors.bind(location, attribute, receiver, cls);
        return SlowCall.call(location, bound, arguments);
    }

    /** CPython's {@code PyCallable_Check}. */
    public static boolean isCallable(Node location, Object object) {
        return object instanceof taipan.runtime.function.PFunction || object instanceof taipan.runtime.function.PBuiltinFunction
                        || object instanceof taipan.runtime.function.PMethod || object instanceof taipan.runtime.function.PBuiltinMethod
                        || object instanceof PythonClass || lookup(location, object, "__call__") != null;
    }
}
