package taipan.builtins.modules;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.decimal.DecConditions;
import taipan.runtime.decimal.PDecimalContextManager;
import taipan.runtime.decimal.PSignalDict;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.UncachedCalls;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** A context's flags/traps mapping ({@code SignalDictMixin}) and {@code localcontext()}'s manager. */
@CoreFunctions(extendClasses = {BuiltinType.DECIMAL_SIGNAL_DICT, BuiltinType.DECIMAL_CONTEXT_MANAGER})
public final class DecimalSignalDictBuiltins {

    private DecimalSignalDictBuiltins() {
    }

    @TruffleBoundary
    static Object[] keys(com.oracle.truffle.api.nodes.Node node) {
        Map<String, PythonClass> classes = DecimalSupport.signalClasses(node);
        Object[] keys = new Object[DecConditions.SIGNAL_NAMES.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = classes.get(DecConditions.SIGNAL_NAMES[i]);
        }
        return keys;
    }

    @Builtin(name = "__getitem__", parameterNames = {"self", "key"}, minNumOfPositionalArgs = 2)
    abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        boolean get(PSignalDict self, Object key) {
            int bit = DecimalContextBuiltins.signalBit(this, DecimalSupport.signalClasses(this), key);
            return (self.get() & bit) != 0;
        }
    }

    @Builtin(name = "__setitem__", parameterNames = {"self", "key", "value"}, minNumOfPositionalArgs = 3)
    abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object set(PSignalDict self, Object key, Object value) {
            int bit = DecimalContextBuiltins.signalBit(this, DecimalSupport.signalClasses(this), key);
            boolean on = UncachedCalls.callSpecial(value, "__bool__") != Boolean.FALSE;
            self.set(on ? self.get() | bit : self.get() & ~bit);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__len__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        long len(@SuppressWarnings("unused") PSignalDict self) {
            return DecConditions.SIGNAL_NAMES.length;
        }
    }

    @Builtin(name = "__iter__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object iter(@SuppressWarnings("unused") PSignalDict self) {
            return UncachedCalls.callSpecial(new PList(keys(this)), "__iter__");
        }
    }

    @Builtin(name = "__contains__", parameterNames = {"self", "key"}, minNumOfPositionalArgs = 2)
    abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        boolean contains(@SuppressWarnings("unused") PSignalDict self, Object key) {
            return java.util.Arrays.asList(keys(this)).contains(key);
        }
    }

    @Builtin(name = "keys", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class KeysNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object keysOf(@SuppressWarnings("unused") PSignalDict self) {
            return new PList(keys(this));
        }
    }

    @Builtin(name = "values", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class ValuesNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object values(PSignalDict self) {
            Object[] values = new Object[DecConditions.SIGNAL_BITS.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = (self.get() & DecConditions.SIGNAL_BITS[i]) != 0;
            }
            return new PList(values);
        }
    }

    @Builtin(name = "items", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class ItemsNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object items(PSignalDict self) {
            Object[] keys = keys(this);
            Object[] items = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                items[i] = new PTuple(new Object[]{keys[i], (self.get() & DecConditions.SIGNAL_BITS[i]) != 0});
            }
            return new PList(items);
        }
    }

    @Builtin(name = "copy", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object copy(PSignalDict self) {
            Object[] keys = keys(this);
            PDict d = new PDict();
            for (int i = 0; i < keys.length; i++) {
                UncachedCalls.callSpecial(d, "__setitem__", keys[i], (self.get() & DecConditions.SIGNAL_BITS[i]) != 0);
            }
            return d;
        }
    }

    @Builtin(name = "__repr__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object repr(PSignalDict self) {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < DecConditions.SIGNAL_NAMES.length; i++) {
                sb.append(i > 0 ? ", " : "").append("<class 'decimal.").append(DecConditions.SIGNAL_NAMES[i])
                                .append("'>:").append((self.get() & DecConditions.SIGNAL_BITS[i]) != 0 ? "True" : "False");
            }
            return PyStrings.of(sb.append('}').toString());
        }
    }

    @Builtin(name = "__enter__", parameterNames = {"self"}, minNumOfPositionalArgs = 1)
    abstract static class EnterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object enter(PDecimalContextManager self) {
            self.saved = DecimalSupport.current(this);
            DecimalSupport.setCurrent(this, self.local);
            return self.local;
        }
    }

    @Builtin(name = "__exit__", parameterNames = {"self"}, minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class ExitNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object exit(Object[] args) {
            PDecimalContextManager self = (PDecimalContextManager) args[0];
            DecimalSupport.setCurrent(this, self.saved);
            return false;
        }
    }
}
