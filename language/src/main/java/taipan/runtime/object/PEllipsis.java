package taipan.runtime.object;

/** Python's {@code Ellipsis} ({@code ...}), the only instance of {@code ellipsis}. */
public final class PEllipsis {

    public static final PEllipsis ELLIPSIS = new PEllipsis();

    private PEllipsis() {
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
