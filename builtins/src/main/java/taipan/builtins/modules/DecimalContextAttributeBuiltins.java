package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.runtime.decimal.PDecimalContext;
import taipan.runtime.decimal.PSignalDict;
import taipan.runtime.decimal.Rounding;
import taipan.runtime.function.PProperty;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * {@code Context}'s data attributes: each node reads with one argument and writes with two, and
 * {@link #install} makes it a property (getter and setter the same function).
 */
@CoreFunctions(extendClasses = BuiltinType.DECIMAL_CONTEXT)
public final class DecimalContextAttributeBuiltins {

    private DecimalContextAttributeBuiltins() {
    }

    /** Turns the attribute functions into properties (and Decimal's real/imag into read-only ones). */
    public static void install(TaipanLanguage language) {
        PythonClass context = language.getBuiltinClass(BuiltinType.DECIMAL_CONTEXT);
        for (String name : DecimalContextBuiltins.FIELDS) {
            Object f = context.getOwnAttribute(name);
            context.writeAttribute(name, new PProperty(f, f, PNone.NONE, PNone.NONE));
        }
        PythonClass decimal = language.getBuiltinClass(BuiltinType.DECIMAL);
        for (String name : new String[]{"real", "imag"}) {
            decimal.writeAttribute(name, new PProperty(decimal.getOwnAttribute(name), PNone.NONE, PNone.NONE, PNone.NONE));
        }
    }

    @Builtin(name = "prec", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 1)
    abstract static class PrecAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object access(PDecimalContext c, Object value) {
            if (value == PNone.NO_VALUE) {
                return (long) c.prec;
            }
            DecimalContextBuiltins.set(this, c, "prec", value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "rounding", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 1)
    abstract static class RoundingAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object access(PDecimalContext c, Object value) {
            if (value == PNone.NO_VALUE) {
                return PyStrings.of(Rounding.NAMES[c.rounding]);
            }
            DecimalContextBuiltins.set(this, c, "rounding", value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "Emin", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 1)
    abstract static class EminAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object access(PDecimalContext c, Object value) {
            if (value == PNone.NO_VALUE) {
                return c.emin;
            }
            DecimalContextBuiltins.set(this, c, "Emin", value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "Emax", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 1)
    abstract static class EmaxAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object access(PDecimalContext c, Object value) {
            if (value == PNone.NO_VALUE) {
                return c.emax;
            }
            DecimalContextBuiltins.set(this, c, "Emax", value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "capitals", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 1)
    abstract static class CapitalsAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object access(PDecimalContext c, Object value) {
            if (value == PNone.NO_VALUE) {
                return (long) c.capitals;
            }
            DecimalContextBuiltins.set(this, c, "capitals", value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "clamp", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 1)
    abstract static class ClampAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object access(PDecimalContext c, Object value) {
            if (value == PNone.NO_VALUE) {
                return c.clamp ? 1L : 0L;
            }
            DecimalContextBuiltins.set(this, c, "clamp", value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "flags", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 1)
    abstract static class FlagsAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object access(PDecimalContext c, Object value) {
            if (value == PNone.NO_VALUE) {
                return new PSignalDict(DecimalSupport.language(this).getBuiltinClass(BuiltinType.DECIMAL_SIGNAL_DICT).getInstanceShape(), c, false);
            }
            DecimalContextBuiltins.set(this, c, "flags", value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "traps", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 1)
    abstract static class TrapsAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object access(PDecimalContext c, Object value) {
            if (value == PNone.NO_VALUE) {
                return new PSignalDict(DecimalSupport.language(this).getBuiltinClass(BuiltinType.DECIMAL_SIGNAL_DICT).getInstanceShape(), c, true);
            }
            DecimalContextBuiltins.set(this, c, "traps", value);
            return PNone.NONE;
        }
    }
}
