package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.call.SlowCall;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PSet;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonTypes;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/**
 * {@code list.__init__}, {@code dict.__init__}, {@code set.__init__}: what {@code super().__init__(...)} in a
 * subclass's {@code __init__} runs. The arguments are read as the constructor reads them; list and set start over,
 * dict adds to what it has.
 */
@CoreFunctions(extendClasses = {BuiltinType.LIST, BuiltinType.DICT, BuiltinType.SET})
public final class ContainerInitBuiltins {

    private ContainerInitBuiltins() {
    }

    @Builtin(name = "__init__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true)
    abstract static class InitNode extends PythonTernaryBuiltinNode {

        @Specialization
        Object doInit(Object self, PTuple args, Object kwargs) {
            init(this, self, args, kwargs);
            return PNone.NONE;
        }
    }

    @TruffleBoundary
    static void init(Node location, Object self, PTuple args, Object kwargs) {
        TaipanLanguage language = TaipanLanguage.get(location);
        ThreadingMode mode = language.threadingMode();
        Object[][] kw = KeywordDicts.split(location, kwargs);
        Object fresh = SlowCall.call(location, language.getBuiltinClass(PythonTypes.builtinTypeOf(self)),
                        args.getItems(), KeywordDicts.names(kw[0]), kw[1]);
        if (self instanceof PList list) {
            list.getStorage().clear(mode);
            list.getStorage().extend(mode, ((PList) fresh).getStorage());
        } else if (self instanceof PDict dict) {
            dict.getStorage().update(mode, new BuiltinEquality(mode), ((PDict) fresh).getStorage());
        } else if (self instanceof PSet set) {
            set.getStorage().clear(mode);
            set.getStorage().addAll(mode, new BuiltinEquality(mode), ((PSet) fresh).getStorage().orderedElements(mode));
        }
    }
}
