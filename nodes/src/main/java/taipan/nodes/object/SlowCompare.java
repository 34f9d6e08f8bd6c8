package taipan.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.call.SlowCall;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.ObjectRepr;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.object.PythonObject;
import taipan.runtime.weakref.PWeakRef;
import taipan.runtime.weakref.WeakRefOps;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * Rich comparison, truth and hashing without inline caches, for runtime code (containers comparing keys, sorting):
 * the same order as {@link RichCompareDunderNode}, looked up on every call.
 */
public final class SlowCompare {

    private SlowCompare() {
    }

    /** {@code bool(a OP b)}. */
    @TruffleBoundary
    public static boolean compare(Node location, Object a, Object b, String symbol) {
        if (a instanceof PWeakRef x && b instanceof PWeakRef y && (symbol.equals("==") || symbol.equals("!="))
                        && WeakRefOps.usesBuiltin(x, "__eq__") && WeakRefOps.usesBuiltin(y, "__eq__")) {
            return WeakRefOps.equal(x, y) == symbol.equals("==");
        }
        Object result = richCompare(location, a, b, symbol);
        if (result != PNotImplemented.NOT_IMPLEMENTED) {
            return isTrue(location, result);
        }
        if (symbol.equals("==")) {
            return a == b;
        } else if (symbol.equals("!=")) {
            return a != b;
        }
        if (!(a instanceof PythonObject) && !(b instanceof PythonObject)) {
            BuiltinEquality ops = new BuiltinEquality(TaipanLanguage.get(location).threadingMode());
            return switch (symbol) {
                case "<" -> ops.lt(a, b);
                case ">" -> ops.lt(b, a);
                case "<=" -> !ops.lt(b, a);
                default -> !ops.lt(a, b);
            };
        }
        throw PythonErrors.notSupportedBetween(location, symbol, a, b);
    }

    /** The user special methods' verdict on {@code a OP b}, or NotImplemented. */
    @TruffleBoundary
    public static Object richCompare(Node location, Object a, Object b, String symbol) {
        String name = name(symbol);
        String reflected = name(reflect(symbol));
        PythonClass ac = SpecialMethods.classOf(location, a);
        PythonClass bc = SpecialMethods.classOf(location, b);
        boolean reflectedTried = false;
        if (ac != bc && bc.isSubclassOf(ac)) {
            Object result = call(location, bc, reflected, b, a);
            if (result != PNotImplemented.NOT_IMPLEMENTED) {
                return result;
            }
            reflectedTried = true;
        }
        Object result = call(location, ac, name, a, b);
        if (result != PNotImplemented.NOT_IMPLEMENTED) {
            return result;
        }
        return reflectedTried ? result : call(location, bc, reflected, b, a);
    }

    private static Object call(Node location, PythonClass cls, String name, Object self, Object other) {
        Object slot = cls.lookup(name);
        if (slot == null || slot instanceof PBuiltinFunction f && !f.isNativeSlot() &&
                        !(self instanceof taipan.runtime.object.PBuiltinSubclassObject)) {
            if (name.equals("__ne__") && cls.lookup("__eq__") instanceof PFunction) {
                Object eq = call(location, cls, "__eq__", self, other);
                return eq == PNotImplemented.NOT_IMPLEMENTED ? eq : !isTrue(location, eq);
            }
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        return SpecialMethods.callAttribute(location, slot, self, cls, new Object[]{other});
    }

    /** {@code bool(value)} on a slow path. */
    @TruffleBoundary
    public static boolean isTrue(Node location, Object value) {
        if (value instanceof Boolean b) {
            return b;
        } else if (value == PNone.NONE) {
            return false;
        } else if (value instanceof Long l) {
            return l != 0;
        } else if (value instanceof PythonClass cls) {
            return cls.getMetaclass().isBuiltin() || ObjectProtocols.classIsTrue(location, cls);
        } else if (value instanceof PythonObject o && !o.getPythonClass().isBuiltin()) {
            Object result = SpecialMethods.callUncached(location, o, "__bool__", new Object[0]);
            if (result != null) {
                if (result instanceof Boolean b) {
                    return b;
                }
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "__bool__ should return bool, returned %s",
                                PythonErrors.typeName(location, result));
            }
            result = SpecialMethods.callUncached(location, o, "__len__", new Object[0]);
            return result == null || ObjectProtocols.checkLength(location, result) != 0;
        }
        Object len = SpecialMethods.classOf(location, value).lookup("__len__");
        return len == null || ObjectProtocols.checkLength(location, SlowCall.call(location, len,
                        new Object[]{value})) != 0;
    }

    /** {@code hash(value)} on a slow path: a user {@code __hash__}, None making the class unhashable. */
    @TruffleBoundary
    public static long hash(Node location, Object value) {
        if (value instanceof PythonObject o) {
            Object method = o.getPythonClass().lookup("__hash__");
            if (method == PNone.NONE) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "unhashable type: '%s'",
                                o.getPythonClass().getTypeName());
            } else if (method instanceof PFunction || method instanceof taipan.runtime.function.PBuiltinFunction f && f.isNativeSlot()) {
                // a native module's class (re.Pattern) hashes by its own slot, as a user class does
                return PyObjectHashNode.checkHashResult(location,
                                SpecialMethods.callAttribute(location, method, o, o.getPythonClass(), new Object[0]));
            } else if (o instanceof PWeakRef ref) {
                return WeakRefOps.hash(location, ref);
            } else if (o instanceof taipan.runtime.object.PBuiltinSubclassObject w) {
                return hash(location, w.getValue()); // a str/int/tuple subclass hashes as its value
            }
            return ObjectRepr.identityHash(value);
        }
        if (value instanceof taipan.runtime.bytes.PMemoryView) {
            return (long) SpecialMethods.callUncached(location, value, "__hash__", new Object[0]);
        }
        return new BuiltinEquality(TaipanLanguage.get(location).threadingMode()).hash(value);
    }

    private static String name(String symbol) {
        return switch (symbol) {
            case "<" -> "__lt__";
            case "<=" -> "__le__";
            case "==" -> "__eq__";
            case "!=" -> "__ne__";
            case ">" -> "__gt__";
            default -> "__ge__";
        };
    }

    private static String reflect(String symbol) {
        return switch (symbol) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> symbol;
        };
    }
}
