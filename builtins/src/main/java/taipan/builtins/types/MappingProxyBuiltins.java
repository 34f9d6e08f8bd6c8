package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.object.PMappingProxy;
import taipan.runtime.object.PNone;

/** {@code mappingproxy}: every read goes to the dict it wraps; it has no way to write. */
@CoreFunctions(extendClasses = taipan.runtime.type.BuiltinType.MAPPINGPROXY)
public final class MappingProxyBuiltins {

    private MappingProxyBuiltins() {
    }

    @Builtin(name = "__getitem__", parameterNames = {"self", "key"}, minNumOfPositionalArgs = 2)
    abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PMappingProxy self, Object key) {
            return SpecialMethods.callUncached(this, self.getMapping(), "__getitem__", new Object[]{key});
        }
    }

    @Builtin(name = "__contains__", parameterNames = {"self", "key"}, minNumOfPositionalArgs = 2)
    abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PMappingProxy self, Object key) {
            return SpecialMethods.callUncached(this, self.getMapping(), "__contains__", new Object[]{key});
        }
    }

    @Builtin(name = "get", parameterNames = {"self", "key", "default"}, minNumOfPositionalArgs = 2)
    abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doIt(PMappingProxy self, Object key, Object dflt) {
            return SpecialMethods.callUncached(this, self.getMapping(), "get",
                            new Object[]{key, dflt == PNone.NO_VALUE ? PNone.NONE : dflt});
        }
    }

    @Builtin(name = "__len__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PMappingProxy self) {
            return (long) self.getMapping().getStorage().length(taipan.language.TaipanLanguage.get(this).threadingMode());
        }
    }

    @Builtin(name = "__iter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PMappingProxy self) {
            return SpecialMethods.callUncached(this, self.getMapping(), "__iter__", new Object[0]);
        }
    }

    @Builtin(name = "keys", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class KeysNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PMappingProxy self) {
            return SpecialMethods.callUncached(this, self.getMapping(), "keys", new Object[0]);
        }
    }

    @Builtin(name = "values", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ValuesNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PMappingProxy self) {
            return SpecialMethods.callUncached(this, self.getMapping(), "values", new Object[0]);
        }
    }

    @Builtin(name = "items", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ItemsNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PMappingProxy self) {
            return SpecialMethods.callUncached(this, self.getMapping(), "items", new Object[0]);
        }
    }

    @Builtin(name = "copy", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PMappingProxy self) {
            return SpecialMethods.callUncached(this, self.getMapping(), "copy", new Object[0]);
        }
    }
}
