package taipan.builtins.modules;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.decimal.DecConditions;
import taipan.runtime.decimal.PDecimalContext;
import taipan.runtime.decimal.PDecimalContextManager;
import taipan.runtime.decimal.Rounding;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** The {@code _decimal} module's functions and constants (CPython's {@code Modules/_decimal/_decimal.c}). */
@CoreFunctions(defineModule = "_decimal")
public final class DecimalModuleBuiltins {

    private DecimalModuleBuiltins() {
    }

    /** The signal classes and their bases, in creation order: name, then base names. */
    private static final String[][] SIGNALS = {
                    {"DecimalException", "ArithmeticError"},
                    {"Clamped", "DecimalException"},
                    {"InvalidOperation", "DecimalException"},
                    {"ConversionSyntax", "InvalidOperation"},
                    {"DivisionByZero", "DecimalException", "ZeroDivisionError"},
                    {"DivisionImpossible", "InvalidOperation"},
                    {"DivisionUndefined", "InvalidOperation", "ZeroDivisionError"},
                    {"Inexact", "DecimalException"},
                    {"InvalidContext", "InvalidOperation"},
                    {"Rounded", "DecimalException"},
                    {"Subnormal", "DecimalException"},
                    {"Overflow", "Inexact", "Rounded"},
                    {"Underflow", "Inexact", "Rounded", "Subnormal"},
                    {"FloatOperation", "DecimalException", "TypeError"}};

    public static Map<String, Object> constants(TaipanLanguage language) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, PythonClass> classes = new LinkedHashMap<>();
        PythonClass type = language.getBuiltinClass(BuiltinType.TYPE);
        for (String[] s : SIGNALS) {
            PythonClass[] bases = new PythonClass[s.length - 1];
            for (int i = 1; i < s.length; i++) {
                PythonClass known = classes.get(s[i]);
                bases[i - 1] = known != null ? known : language.getBuiltinClass(builtinException(s[i]));
            }
            Map<String, Object> ns = new LinkedHashMap<>();
            ns.put("__module__", PyStrings.of("decimal"));
            PythonClass cls = new PythonClass(s[0], s[0], bases, ns, type);
            classes.put(s[0], cls);
            m.put(s[0], cls);
        }
        PDecimalContext defaults = template(language, 28, Rounding.HALF_EVEN,
                        DecConditions.IEEE_INVALID | DecConditions.DIVISION_BY_ZERO | DecConditions.OVERFLOW);
        DecimalSupport.install(language, classes, defaults);
        m.put("DefaultContext", defaults);
        m.put("BasicContext", template(language, 9, Rounding.HALF_UP, DecConditions.CLAMPED | DecConditions.IEEE_INVALID
                        | DecConditions.DIVISION_BY_ZERO | DecConditions.OVERFLOW | DecConditions.UNDERFLOW));
        m.put("ExtendedContext", template(language, 9, Rounding.HALF_EVEN, 0));
        for (String name : Rounding.NAMES) {
            m.put(name, PyStrings.of(name));
        }
        m.put("MAX_PREC", PDecimalContext.MAX_PREC);
        m.put("MAX_EMAX", PDecimalContext.MAX_EMAX);
        m.put("MIN_EMIN", PDecimalContext.MIN_EMIN);
        m.put("MIN_ETINY", PDecimalContext.MIN_EMIN - (PDecimalContext.MAX_PREC - 1));
        m.put("HAVE_THREADS", true);
        // the current context is a thread-local, not a context variable (no _contextvars yet)
        m.put("HAVE_CONTEXTVAR", false);
        m.put("__version__", PyStrings.of("1.70"));
        m.put("__libmpdec_version__", PyStrings.of("2.5.1"));
        return m;
    }

    private static BuiltinType builtinException(String name) {
        return switch (name) {
            case "ArithmeticError" -> BuiltinType.ARITHMETIC_ERROR;
            case "ZeroDivisionError" -> BuiltinType.ZERO_DIVISION_ERROR;
            default -> BuiltinType.TYPE_ERROR;
        };
    }

    private static PDecimalContext template(TaipanLanguage language, int prec, int rounding, int traps) {
        PDecimalContext c = new PDecimalContext(language.getBuiltinClass(BuiltinType.DECIMAL_CONTEXT).getInstanceShape());
        c.prec = prec;
        c.rounding = rounding;
        c.traps = traps;
        c.template = true;
        return c;
    }

    @Builtin(name = "getcontext")
    abstract static class GetContextNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object get(@SuppressWarnings("unused") Object[] args) {
            return DecimalSupport.current(this);
        }
    }

    @Builtin(name = "setcontext", parameterNames = "context", minNumOfPositionalArgs = 1)
    abstract static class SetContextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object set(Object context) {
            if (!(context instanceof PDecimalContext c)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "argument must be a context");
            }
            // the module's template contexts are copied, never installed themselves (as CPython's)
            DecimalSupport.setCurrent(this, c.template ? DecimalContextBuiltins.copy(this, c) : c);
            return PNone.NONE;
        }
    }

    @Builtin(name = "localcontext", parameterNames = {"ctx"}, takesVarKeywords = true, positionalOnly = false)
    abstract static class LocalContextNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object local(Object ctx, Object kwargs) {
            PDecimalContext base = DecimalSupport.context(this, ctx);
            PDecimalContext copy = DecimalContextBuiltins.copy(this, base);
            DecimalContextBuiltins.applyKeywords(this, copy, kwargs);
            return new PDecimalContextManager(DecimalSupport.language(this)
                            .getBuiltinClass(BuiltinType.DECIMAL_CONTEXT_MANAGER).getInstanceShape(), copy);
        }
    }
}
