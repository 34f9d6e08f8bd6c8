package taipan.builtins.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;

/** {@code globals()} and {@code locals()}: the calling frame's namespaces (CPython 3.13, PEP 667). */
public final class IntrospectionBuiltins {

    private IntrospectionBuiltins() {
    }

    @Builtin(name = "globals")
    abstract static class GlobalsNode extends PythonVarargsBuiltinNode {

        @Specialization
        @TruffleBoundary
        Object doGlobals(Object[] unused) {
            return CallerFrame.find(this).globals().getDict();
        }
    }

    @Builtin(name = "locals")
    abstract static class LocalsNode extends PythonVarargsBuiltinNode {

        @Specialization
        @TruffleBoundary
        Object doLocals(Object[] unused) {
            return CallerFrame.find(this).locals(this);
        }
    }
}
