package taipan.builtins.modules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;
import taipan.runtime.weakref.PWeakProxy;
import taipan.runtime.weakref.PWeakRef;
import taipan.threading.ThreadingMode;

/** The {@code _weakref} module (CPython's {@code Modules/_weakref.c}); the ref type is in {@link WeakrefTypeBuiltins}. */
@CoreFunctions(defineModule = "_weakref")
public final class WeakrefModuleBuiltins {

    private WeakrefModuleBuiltins() {
    }

    /** The module's classes. */
    public static Map<String, Object> constants(TaipanLanguage language) {
        Map<String, Object> values = new LinkedHashMap<>();
        PythonClass ref = language.getBuiltinClass(BuiltinType.WEAKREF);
        values.put("ref", ref);
        values.put("ReferenceType", ref);
        values.put("ProxyType", language.getBuiltinClass(BuiltinType.WEAKPROXY));
        values.put("CallableProxyType", language.getBuiltinClass(BuiltinType.WEAKCALLABLEPROXY));
        return values;
    }

    @Builtin(name = "getweakrefcount", parameterNames = "object", minNumOfPositionalArgs = 1)
    abstract static class GetWeakrefCountNode extends PythonUnaryBuiltinNode {
        @Specialization
        long doIt(Object object) {
            return PythonContext.get(this).getWeakRefs().refsTo(object).size();
        }
    }

    @Builtin(name = "getweakrefs", parameterNames = "object", minNumOfPositionalArgs = 1)
    abstract static class GetWeakrefsNode extends PythonUnaryBuiltinNode {
        @Specialization
        PList doIt(Object object) {
            List<PWeakRef> refs = PythonContext.get(this).getWeakRefs().refsTo(object);
            return new PList(refs.toArray());
        }
    }

    @Builtin(name = "proxy", parameterNames = {"object", "callback"}, minNumOfPositionalArgs = 1)
    abstract static class ProxyNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(Object object, Object callback) {
            WeakRefSupport.checkWeakrefable(this, object);
            boolean callable = taipan.nodes.object.SpecialMethods.lookup(this, object, "__call__") != null;
            return new PWeakProxy(object, callback == PNone.NO_VALUE ? PNone.NONE : callback, callable);
        }
    }

    @Builtin(name = "_remove_dead_weakref", parameterNames = {"dct", "key"}, minNumOfPositionalArgs = 2)
    abstract static class RemoveDeadWeakrefNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PDict dct, Object key) {
            ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
            BuiltinEquality ops = new BuiltinEquality(mode);
            Object value = dct.getStorage().get(mode, ops, key);
            if (value == null) {
                return PNone.NONE;
            } else if (!(value instanceof PWeakRef ref)) {
                throw taipan.runtime.exception.PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "not a weakref");
            } else if (ref.get() == null) {
                dct.getStorage().delete(mode, ops, key);
            }
            return PNone.NONE;
        }
    }
}
