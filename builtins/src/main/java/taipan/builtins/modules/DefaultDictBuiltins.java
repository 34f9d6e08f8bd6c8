package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.call.CallDispatchNode;
import taipan.nodes.call.SlowCall;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.collections.PDefaultDict;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PBuiltinMethod;
import taipan.runtime.function.PFunction;
import taipan.runtime.function.PMethod;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;
import taipan.threading.ThreadingMode;

/** {@code collections.defaultdict}: its constructor, {@code __missing__}, {@code copy} and {@code default_factory}. */
@CoreFunctions(extendClasses = BuiltinType.DEFAULTDICT)
public final class DefaultDictBuiltins {

    private static final Object[] NO_ARGS = new Object[0];

    private DefaultDictBuiltins() {
    }

    static boolean isCallable(Node node, Object object) {
        return object instanceof PFunction || object instanceof PBuiltinFunction || object instanceof PMethod
                        || object instanceof PBuiltinMethod || object instanceof PythonClass
                        || SpecialMethods.lookup(node, object, "__call__") != null;
    }

    /** CPython's {@code defdict_missing}: {@code self[key] = default_factory()}, or KeyError without a factory. */
    public static Object missing(Node node, PDefaultDict dict, Object key, CallDispatchNode call) {
        Object factory = dict.getDefaultFactory();
        if (factory == null) {
            throw PythonErrors.fromContainerError(node, taipan.runtime.list.ContainerError.keyError(key));
        }
        Object value = call.execute(factory, NO_ARGS, NO_ARGS);
        ThreadingMode mode = TaipanLanguage.get(node).threadingMode();
        dict.getStorage().put(mode, new BuiltinEquality(mode), key, value);
        return value;
    }

    @Builtin(name = "defaultdict", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true, constructsClass = BuiltinType.DEFAULTDICT)
    abstract static class DefaultDictNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doCreate(Object cls, Object args, Object kwargs) {
            return create(this, (PythonClass) cls, ((PTuple) args).getItems(), kwargs);
        }

        @TruffleBoundary
        private static PDefaultDict create(Node node, PythonClass cls, Object[] args, Object kwargs) {
            Object factory = args.length > 0 ? args[0] : PNone.NONE;
            if (factory != PNone.NONE && !isCallable(node, factory)) {
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "first argument must be callable or None");
            }
            PythonClass subclass = cls.getBuiltinType() == BuiltinType.DEFAULTDICT ? null : cls;
            PDefaultDict dict = new PDefaultDict(factory == PNone.NONE ? null : factory, subclass);
            Object[] rest = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length) : NO_ARGS;
            String[] names = new String[0];
            Object[] values = NO_ARGS;
            if (kwargs instanceof PDict k) {
                Object[][] entries = k.getStorage().snapshot(TaipanLanguage.get(node).threadingMode());
                names = new String[entries[0].length];
                for (int i = 0; i < names.length; i++) {
                    names[i] = ((TruffleString) entries[0][i]).toJavaStringUncached();
                }
                values = entries[1];
            }
            if (rest.length > 0 || names.length > 0) {
                Object update = TaipanLanguage.get(node).getBuiltinClass(BuiltinType.DICT).lookup("update");
                SlowCall.call(node, update, SlowCall.prepend(dict, rest), names, values);
            }
            return dict;
        }
    }

    @Builtin(name = "__missing__", parameterNames = {"self", "key"}, minNumOfPositionalArgs = 2)
    abstract static class MissingNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doMissing(PDefaultDict self, Object key, @Cached CallDispatchNode call) {
            return missing(this, self, key, call);
        }
    }

    @Builtin(name = "copy", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doCopy(PDefaultDict self) {
            return copyDict(this, self);
        }
    }

    @Builtin(name = "__copy__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CopyDunderNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doCopy(PDefaultDict self) {
            return copyDict(this, self);
        }
    }

    static PDefaultDict copyDict(Node node, PDefaultDict self) {
        PDefaultDict copy = new PDefaultDict(self.getDefaultFactory(), self.getSubclass());
        ThreadingMode mode = TaipanLanguage.get(node).threadingMode();
        copy.getStorage().update(mode, new BuiltinEquality(mode), self.getStorage());
        return copy;
    }

    /** Its own {@code __repr__}, not dict's: pprint dispatches on {@code type(x).__repr__} to tell them apart. */
    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static TruffleString doRepr(PDefaultDict self) {
            return reprOf(self);
        }

        @TruffleBoundary
        private static TruffleString reprOf(PDefaultDict self) {
            return taipan.runtime.str.PyStrings.of(taipan.runtime.object.Repr.repr(self));
        }
    }

    /** The getter and setter of the {@code default_factory} property the registry builds. */
    @Builtin(name = "default_factory", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 1)
    abstract static class DefaultFactoryNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object doAccess(PDefaultDict self, Object value) {
            if (value == PNone.NO_VALUE) {
                Object factory = self.getDefaultFactory();
                return factory == null ? PNone.NONE : factory;
            }
            self.setDefaultFactory(value == PNone.NONE ? null : value);
            return PNone.NONE;
        }
    }
}
