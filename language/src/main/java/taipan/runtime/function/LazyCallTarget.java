package taipan.runtime.function;

import java.lang.invoke.VarHandle;
import java.util.function.Supplier;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * The call target of a built-in, made on its first call: a context has thousands of built-in functions and methods
 * and a program calls few of them, so making every one's nodes and call target at start-up was most of the cost of
 * creating the builtins (issue 6). Shared by the function objects of one built-in (a method on several classes).
 */
public final class LazyCallTarget {

    private final Supplier<? extends RootNode> root;
    /** Null until the first call; then a constant in compiled code that reads it from a constant function. */
    @CompilationFinal private CallTarget target;

    public LazyCallTarget(Supplier<? extends RootNode> root) {
        this.root = root;
    }

    /** A call target made already (one that is cheap or needed at once). */
    public LazyCallTarget(CallTarget target) {
        this.root = null;
        this.target = target;
    }

    public CallTarget get() {
        CallTarget result = target;
        if (result == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            result = make();
        }
        return result;
    }

    @TruffleBoundary
    private synchronized CallTarget make() {
        CallTarget result = target;
        if (result == null) {
            result = root.get().getCallTarget();
            VarHandle.releaseFence(); // a thread that reads the field without the lock sees the finished target
            target = result;
        }
        return result;
    }
}
