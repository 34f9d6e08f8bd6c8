package taipan.runtime.type;

/** A class statement's bases admit no method resolution order; the message is CPython's {@code TypeError} text. */
public final class MroException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MroException(String message) {
        super(message, null, false, false);
    }
}
