package taipan.runtime.csv;

/** A {@code _csv.Error} raised by the parser or the writer, with CPython's message; the caller makes it Python's. */
public final class CsvException extends Exception {
    private static final long serialVersionUID = 1L;

    public CsvException(String message) {
        super(message, null, false, false);
    }
}
