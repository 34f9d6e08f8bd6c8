package taipan.nodes.typing;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonObject;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** Instances of {@code typing.TypeAliasType} (CPython's {@code typealiasobject}), made by {@code type X = ...}. */
public final class TypeAliasObjects {

    private TypeAliasObjects() {
    }

    /**
     * A new alias; its {@code __value__} is {@code value}, or computed by the function {@code evaluator} on first
     * access when {@code value} is null.
     */
    @TruffleBoundary
    public static PythonObject create(Node location, PythonClass cls, Object name, PTuple typeParams, Object value,
                    Object evaluator, Object module) {
        if (cls.hasInstanceDict()) {
            cls.setNoInstanceDict(); // before its first instance: the alias's attributes are read-only
        }
        PythonObject alias = new PythonObject(cls.getInstanceShape());
        TypeParamObjects.put(location, alias, "__name__", name);
        TypeParamObjects.put(location, alias, "__type_params__", typeParams);
        TypeParamObjects.put(location, alias, "__parameters__", typeParams);
        TypeParamObjects.put(location, alias, "__module__", module);
        if (value != null) {
            TypeParamObjects.put(location, alias, "__value__", value);
        } else {
            TypeParamObjects.makeLazy(location, alias, "__value__", evaluator);
        }
        return alias;
    }

    @TruffleBoundary
    public static PythonObject create(Node location, Object name, PTuple typeParams, Object evaluator, Object module) {
        PythonClass cls = TaipanLanguage.get(location).getBuiltinClass(BuiltinType.TYPE_ALIAS_TYPE);
        return create(location, cls, name, typeParams, null, evaluator, module);
    }
}
