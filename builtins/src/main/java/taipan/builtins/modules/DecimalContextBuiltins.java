package taipan.builtins.modules;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.decimal.DecConditions;
import taipan.runtime.decimal.PDecimalContext;
import taipan.runtime.decimal.PSignalDict;
import taipan.runtime.decimal.Rounding;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code decimal.Context}: its constructor, attributes (validated as CPython's setters), repr and copies. */
@CoreFunctions(extendClasses = BuiltinType.DECIMAL_CONTEXT)
public final class DecimalContextBuiltins {
    static final String[] FIELDS = {"prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"};

    private DecimalContextBuiltins() {
    }

    @TruffleBoundary
    static PDecimalContext copy(Node node, PDecimalContext c) {
        PDecimalContext copy = DecimalSupport.newContext(node);
        copy.copyFrom(c);
        return copy;
    }

    private static long integer(Node node, Object value) {
        Object v = value instanceof PBuiltinSubclassObject s ? s.getValue() : value;
        if (v instanceof Long l) {
            return l;
        } else if (v instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (v instanceof java.math.BigInteger) {
            return Long.MAX_VALUE;
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "an integer is required");
    }

    /** Sets one attribute by name, with CPython's checks and messages. */
    @TruffleBoundary
    static void set(Node node, PDecimalContext c, String name, Object value) {
        switch (name) {
            case "prec" -> {
                long p = integer(node, value);
                if (p < 1 || p > PDecimalContext.MAX_PREC) {
                    throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "valid range for prec is [1, MAX_PREC]");
                }
                // Taipan's coefficients are BigIntegers: precisions beyond an int's quarter cannot be reached anyway
                c.prec = (int) Math.min(p, Integer.MAX_VALUE / 4);
            }
            case "rounding" -> c.rounding = DecimalOps.rounding(node, value, c);
            case "Emin" -> {
                long e = integer(node, value);
                if (e > 0 || e < PDecimalContext.MIN_EMIN) {
                    throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "valid range for Emin is [MIN_EMIN, 0]");
                }
                c.emin = e;
            }
            case "Emax" -> {
                long e = integer(node, value);
                if (e < 0 || e > PDecimalContext.MAX_EMAX) {
                    throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "valid range for Emax is [0, MAX_EMAX]");
                }
                c.emax = e;
            }
            case "capitals" -> c.capitals = (int) bit(node, value, "capitals");
            case "clamp" -> c.clamp = bit(node, value, "clamp") != 0;
            case "flags" -> c.flags = signals(node, value);
            case "traps" -> c.traps = signals(node, value);
            default -> throw PythonErrors.raise(node, BuiltinType.ATTRIBUTE_ERROR, "'decimal.Context' object has no attribute '%s'", name);
        }
    }

    private static long bit(Node node, Object value, String name) {
        long v = integer(node, value);
        if (v != 0 && v != 1) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "valid values for %s are 0 or 1", name);
        }
        return v;
    }

    /** Signal bits from a list of signal classes or a dict of them to bools. */
    @TruffleBoundary
    static int signals(Node node, Object value) {
        Map<String, PythonClass> classes = DecimalSupport.signalClasses(node);
        if (value instanceof PSignalDict d) {
            return d.get();
        }
        Object[] keys;
        Object[] values = null;
        if (value instanceof PList l) {
            keys = l.getStorage().toArray(DecimalSupport.language(node).threadingMode());
        } else if (value instanceof PTuple t) {
            keys = t.getItems();
        } else if (value instanceof PDict d) {
            Object[][] entries = d.getStorage().snapshot(DecimalSupport.language(node).threadingMode());
            keys = entries[0];
            values = entries[1];
        } else {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "argument must be a signal dict");
        }
        int bits = 0;
        for (int i = 0; i < keys.length; i++) {
            int bit = signalBit(node, classes, keys[i]);
            if (values == null || taipan.runtime.object.UncachedCalls.callSpecial(values[i], "__bool__") != Boolean.FALSE) {
                bits |= bit;
            }
        }
        return bits;
    }

    @TruffleBoundary
    static int signalBit(Node node, Map<String, PythonClass> classes, Object key) {
        for (int i = 0; i < DecConditions.SIGNAL_NAMES.length; i++) {
            if (classes.get(DecConditions.SIGNAL_NAMES[i]) == key) {
                return DecConditions.SIGNAL_BITS[i];
            }
        }
        throw PythonErrors.raise(node, BuiltinType.KEY_ERROR, "invalid signal dict");
    }

    /** Applies {@code localcontext(**kwargs)}'s keywords (only the Context attributes are allowed). */
    @TruffleBoundary
    static void applyKeywords(Node node, PDecimalContext c, Object kwargs) {
        if (!(kwargs instanceof PDict d)) {
            return;
        }
        Object[][] entries = d.getStorage().snapshot(DecimalSupport.language(node).threadingMode());
        for (int i = 0; i < entries[0].length; i++) {
            String name = PyStrings.toJava((TruffleString) entries[0][i]);
            if (!java.util.List.of(FIELDS).contains(name)) {
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "this function got an unexpected keyword argument '%s'", name);
            }
            if (entries[1][i] != PNone.NONE) {
                set(node, c, name, entries[1][i]);
            }
        }
    }

    @TruffleBoundary
    static String signalList(int bits) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < DecConditions.REPR_ORDER.length; i++) {
            if ((bits & DecConditions.REPR_BITS[i]) != 0) {
                sb.append(sb.length() > 1 ? ", " : "").append(DecConditions.REPR_ORDER[i]);
            }
        }
        return sb.append(']').toString();
    }

    @Builtin(name = "Context", parameterNames = {"cls", "prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags",
                    "traps"}, minNumOfPositionalArgs = 1, positionalOnly = false, constructsClass = BuiltinType.DECIMAL_CONTEXT)
    abstract static class ContextNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object create(Object[] args) {
            PDecimalContext c = new PDecimalContext(((PythonClass) args[0]).getInstanceShape());
            PDecimalContext defaults = DecimalSupport.defaults(this);
            if (defaults != null) {
                c.copyFrom(defaults);
            }
            c.flags = 0;
            c.template = false;
            for (int i = 0; i < FIELDS.length; i++) {
                Object v = args[i + 1];
                if (v != PNone.NO_VALUE && v != PNone.NONE) {
                    set(this, c, FIELDS[i], v);
                }
            }
            return c;
        }
    }

    @Builtin(name = "__repr__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object repr(PDecimalContext c) {
            return PyStrings.of("Context(prec=" + c.prec + ", rounding=" + Rounding.NAMES[c.rounding] + ", Emin=" + c.emin
                            + ", Emax=" + c.emax + ", capitals=" + c.capitals + ", clamp=" + (c.clamp ? 1 : 0) + ", flags="
                            + signalList(c.flags) + ", traps=" + signalList(c.traps) + ")");
        }
    }

    @Builtin(name = "copy", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object copy(PDecimalContext c) {
            return DecimalContextBuiltins.copy(this, c);
        }
    }

    @Builtin(name = "__copy__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class DunderCopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object copy(PDecimalContext c) {
            return DecimalContextBuiltins.copy(this, c);
        }
    }

    @Builtin(name = "clear_flags", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class ClearFlagsNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object clear(PDecimalContext c) {
            c.flags = 0;
            return PNone.NONE;
        }
    }

    @Builtin(name = "clear_traps", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class ClearTrapsNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object clear(PDecimalContext c) {
            c.traps = 0;
            return PNone.NONE;
        }
    }

    @Builtin(name = "Etiny", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class EtinyNode extends PythonUnaryBuiltinNode {
        @Specialization
        long get(PDecimalContext c) {
            return c.emin - c.prec + 1;
        }
    }

    @Builtin(name = "Etop", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class EtopNode extends PythonUnaryBuiltinNode {
        @Specialization
        long get(PDecimalContext c) {
            return c.emax - c.prec + 1;
        }
    }

    @Builtin(name = "__reduce__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object reduce(PDecimalContext c) {
            Object cls = taipan.runtime.object.PythonTypes.classOf(DecimalSupport.language(this), c);
            Object[] args = {(long) c.prec, PyStrings.of(Rounding.NAMES[c.rounding]), c.emin, c.emax, (long) c.capitals,
                            c.clamp ? 1L : 0L, signalClassList(this, c.flags), signalClassList(this, c.traps)};
            return new PTuple(new Object[]{cls, new PTuple(args)});
        }
    }

    @TruffleBoundary
    static PList signalClassList(Node node, int bits) {
        Map<String, PythonClass> classes = DecimalSupport.signalClasses(node);
        java.util.List<Object> list = new java.util.ArrayList<>();
        for (int i = 0; i < DecConditions.SIGNAL_NAMES.length; i++) {
            if ((bits & DecConditions.SIGNAL_BITS[i]) != 0) {
                list.add(classes.get(DecConditions.SIGNAL_NAMES[i]));
            }
        }
        return new PList(list.toArray());
    }
}
