package taipan.runtime.exception;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.source.SourceSection;

/**
 * One traceback entry handed to the launcher: a string (the frame's function name) with a source location (the line
 * the exception passed). Used for the catching frame of an exception whose stack trace was not walked when caught.
 */
@ExportLibrary(InteropLibrary.class)
final class TracebackEntry implements TruffleObject {

    private final SourceSection location;
    private final String name;

    TracebackEntry(SourceSection location, String name) {
        this.location = location;
        this.name = name;
    }

    @ExportMessage
    boolean isString() {
        return true;
    }

    @ExportMessage
    String asString() {
        return name;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return true;
    }

    @ExportMessage
    SourceSection getSourceLocation() {
        return location;
    }
}
