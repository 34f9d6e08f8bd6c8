package taipan.runtime.object;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * Python's {@code None}, and {@link #NO_VALUE}: the marker for "argument not given", which is never a Python value.
 */
@ExportLibrary(InteropLibrary.class)
public final class PNone implements TruffleObject {

    public static final PNone NONE = new PNone("None");

    /** An optional parameter that the caller did not pass; builtins test for it with {@code ==}. */
    public static final PNone NO_VALUE = new PNone("<no value>");

    private final String name;

    private PNone(String name) {
        this.name = name;
    }

    @ExportMessage
    boolean isNull() {
        return this == NONE;
    }

    @Override
    public String toString() {
        return name;
    }
}
