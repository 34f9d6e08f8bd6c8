package taipan.runtime.frame;

import java.util.function.Supplier;

import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/**
 * A frame object (type {@code frame}) of a traceback or of {@code sys._getframe()}: a snapshot made only when
 * asked for, of the code's name, its line, its globals (the module dict), its locals and the caller's frame.
 */
public final class PFrame {

    private final Object code;
    private final Object globals;
    /** Computed on each read of {@code f_locals}: a function's variables as they are now (PEP 667). */
    private Supplier<Object> locals;
    private final int line;
    private final Object back;

    /** Each of {@code code}, {@code globals}, {@code locals} and {@code back} may be None. */
    public PFrame(Object code, Object globals, Supplier<Object> locals, int line, Object back) {
        this.code = code;
        this.globals = globals;
        this.locals = locals;
        this.line = line;
        this.back = back;
    }

    /**
     * {@code frame.clear()} of a frame that has finished: the frame lets go of its local variables (what
     * {@code traceback.clear_frames} asks for), so {@code f_locals} is empty from then on.
     */
    public void clearLocals() {
        locals = taipan.runtime.object.PDict::new;
    }

    public BuiltinType getBuiltinType() {
        return BuiltinType.FRAME;
    }

    public int getLine() {
        return line;
    }

    public static boolean isAttribute(String name) {
        return switch (name) {
            case "f_code", "f_globals", "f_locals", "f_lineno", "f_back", "f_lasti", "f_builtins", "f_trace" -> true;
            default -> false;
        };
    }

    /** The attribute's value (@TruffleBoundary: {@code f_locals} walks the frame); {@code builtins} is the builtins module's dict (what {@code f_builtins} gives). */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public Object get(String name, Object builtins) {
        return switch (name) {
            case "f_code" -> code;
            case "f_globals" -> globals;
            case "f_locals" -> locals.get();
            case "f_lineno" -> (long) line;
            case "f_back" -> back;
            case "f_lasti" -> 0L;
            case "f_builtins" -> builtins;
            case "f_trace" -> PNone.NONE;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return "<frame at 0x" + Integer.toHexString(System.identityHashCode(this)) + ", line " + line + ">";
    }
}
