package taipan.runtime.str;

/** {@code str.index} and {@code rindex}: the result of {@link StrFindNode} or {@link StrRFindNode}, raising on -1. */
public final class StrSearch {

    private StrSearch() {
    }

    public static int index(int found) {
        if (found < 0) {
            throw StrException.substringNotFound();
        }
        return found;
    }
}
