package taipan.frontend.scope;

/**
 * Raised when a program nests too deeply for scope analysis; the executing side turns it into CPython's
 * {@code RecursionError: maximum recursion depth exceeded during compilation}.
 */
public final class CompilationTooDeepException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CompilationTooDeepException() {
        super("maximum recursion depth exceeded during compilation", null, false, false);
    }
}
