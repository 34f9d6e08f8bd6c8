package taipan.runtime.object;

/** Python's {@code NotImplemented}: what a binary special method returns to let the other operand try. */
public final class PNotImplemented {

    public static final PNotImplemented NOT_IMPLEMENTED = new PNotImplemented();

    private PNotImplemented() {
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
