package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.call.SlowCall;
import taipan.nodes.object.PyObjectReprNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * {@code sys.displayhook} (also {@code sys.__displayhook__}): what an expression statement of {@code single} mode
 * calls. A value other than None is written as its repr to {@code sys.stdout} and kept as {@code builtins._}.
 */
@CoreFunctions(defineModule = "sys")
public final class SysDisplayHookBuiltins {

    private static final TruffleString NEWLINE = PyStrings.of("\n");

    private SysDisplayHookBuiltins() {
    }

    @Builtin(name = "displayhook", parameterNames = "object", minNumOfPositionalArgs = 1)
    abstract static class DisplayHookNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(Object value, @Cached PyObjectReprNode repr) {
            if (value == PNone.NONE) {
                return PNone.NONE;
            }
            PythonContext context = PythonContext.get(this);
            // CPython clears _ first, so the repr of a value that refers to _ does not see the old one
            context.getBuiltinsModule().setAttribute("_", PNone.NONE);
            display(this, context, repr.execute(value));
            context.getBuiltinsModule().setAttribute("_", value);
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void display(Node location, PythonContext context, TruffleString text) {
            Object out = context.getSysModule().getAttribute("stdout");
            if (out == null || out == PNone.NONE) {
                throw PythonErrors.raise(location, BuiltinType.RUNTIME_ERROR, "lost sys.stdout");
            }
            Object write = ObjectAttributes.getAttribute(location, out, "write");
            SlowCall.call(location, write, new Object[]{text});
            SlowCall.call(location, write, new Object[]{NEWLINE});
        }
    }
}
