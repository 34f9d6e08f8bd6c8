package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.functions.NumberArgs;
import taipan.language.PythonThreadState;
import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PBuiltinMethod;
import taipan.runtime.function.PFunction;
import taipan.runtime.function.PMethod;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * The coroutine part of {@code sys}: the async generator hooks an event loop installs (asyncio's
 * {@code shutdown_asyncgens} needs {@code firstiter}), and the coroutine origin tracking depth (always off).
 */
@CoreFunctions(defineModule = "sys")
public final class SysAsyncBuiltins {

    private SysAsyncBuiltins() {
    }

    @Builtin(name = "get_asyncgen_hooks")
    abstract static class GetAsyncgenHooksNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doGet(@SuppressWarnings("unused") Object[] arguments) {
            PythonThreadState state = TaipanLanguage.get(this).threadState();
            return new PTuple(new Object[]{orNone(state.getAsyncgenFirstiter()), orNone(state.getAsyncgenFinalizer())});
        }

        private static Object orNone(Object hook) {
            return hook == null ? PNone.NONE : hook;
        }
    }

    @Builtin(name = "set_asyncgen_hooks", parameterNames = {"firstiter", "finalizer"}, positionalOnly = false)
    abstract static class SetAsyncgenHooksNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doSet(Object firstiter, Object finalizer) {
            check(this, finalizer, "finalizer");
            check(this, firstiter, "firstiter");
            PythonThreadState state = TaipanLanguage.get(this).threadState();
            if (finalizer != PNone.NO_VALUE) {
                state.setAsyncgenFinalizer(finalizer == PNone.NONE ? null : finalizer);
            }
            if (firstiter != PNone.NO_VALUE) {
                state.setAsyncgenFirstiter(firstiter == PNone.NONE ? null : firstiter);
            }
            return PNone.NONE;
        }

        private static void check(Node node, Object hook, String name) {
            if (hook != PNone.NO_VALUE && hook != PNone.NONE && !isCallable(node, hook)) {
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "callable %s expected, got %s", name,
                                PythonErrors.typeName(node, hook));
            }
        }

        private static boolean isCallable(Node node, Object value) {
            return value instanceof PFunction || value instanceof PBuiltinFunction || value instanceof PMethod ||
                            value instanceof PBuiltinMethod || value instanceof PythonClass ||
                            SpecialMethods.lookup(node, value, "__call__") != null;
        }
    }

    @Builtin(name = "get_coroutine_origin_tracking_depth")
    abstract static class GetOriginDepthNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object doGet(@SuppressWarnings("unused") Object[] arguments) {
            return 0L;
        }
    }

    /** Accepted and checked; coroutines record no origin ({@code cr_origin} stays None). */
    @Builtin(name = "set_coroutine_origin_tracking_depth", parameterNames = "depth", minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class SetOriginDepthNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doSet(Object depth) {
            Object value = NumberArgs.index(this, depth);
            if (value instanceof Long n && n < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "depth must be >= 0");
            }
            return PNone.NONE;
        }
    }
}
