package taipan.runtime.io;

/**
 * {@code sys.stdout}/{@code sys.stderr} until the {@code _io} module exists (issue 6): a text stream with
 * {@code write} and {@code flush} over the running context's {@link PythonOutput}. The object is language-level (the
 * {@code sys} constants are shared by contexts), so it names which stream it is and each call finds the context's.
 */
public final class PTextStream {

    public static final PTextStream STDOUT = new PTextStream("<stdout>", false);
    public static final PTextStream STDERR = new PTextStream("<stderr>", true);

    private final String name;
    private final boolean isError;

    private PTextStream(String name, boolean isError) {
        this.name = name;
        this.isError = isError;
    }

    public String getName() {
        return name;
    }

    public boolean isError() {
        return isError;
    }
}
