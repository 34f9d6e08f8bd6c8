package taipan.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * Prints an uncaught guest exception the way CPython's {@code Lib/traceback.py} does, from what the polyglot API
 * shows: the guest frames of {@link PolyglotException#getPolyglotStackTrace()} (outermost first), the
 * {@code SyntaxError} block (file, line, caret line) and the {@code Type: message} line, then any notes; chained
 * causes and contexts first, where the guest exposes them as members.
 */
final class TracebackPrinter {

    /** Chains longer than this (or cyclic ones) are cut, so a pathological chain cannot loop forever. */
    private static final int MAX_CHAIN = 64;

    /** CPython's {@code TracebackException.max_group_width}: members after this many are summarised. */
    private static final int MAX_GROUP_WIDTH = 15;
    /** CPython's {@code max_group_depth}. */
    private static final int MAX_GROUP_DEPTH = 10;

    private final PrintStream err;
    /** Whether to use CPython 3.13's colours ({@link Colours}). */
    private final boolean colour;
    /** Frames of this file (the REPL's own support code) are left out; null for none. */
    private String hiddenFile;
    /** How deep in an exception group's tree the printer is ({@code _ExceptionPrintContext}); 0 outside groups. */
    private int groupDepth;
    /** Whether the current group's closing line is still to be printed. */
    private boolean needClose;

    TracebackPrinter(PrintStream err) {
        this(err, false);
    }

    TracebackPrinter(PrintStream err, boolean colour) {
        this.err = err;
        this.colour = colour;
    }

    /** Leaves out the frames of {@code file}, as the REPL hides its own support code. */
    TracebackPrinter hiding(String file) {
        this.hiddenFile = file;
        return this;
    }

    void print(PolyglotException e) {
        printChained(e, 0);
        err.flush();
    }

    /**
     * The exception's cause or context first, as CPython prints a chain: read through the guest's
     * {@code __cause__}, {@code __context__} and {@code __suppress_context__} where the guest exposes them.
     */
    private void printChained(PolyglotException e, int depth) {
        Value guest = guestObject(e);
        Value cause = member(guest, "__cause__");
        Value context = member(guest, "__context__");
        Value suppress = member(guest, "__suppress_context__");
        if (depth < MAX_CHAIN && cause != null && cause.isException()) {
            printChained(rethrown(cause), depth + 1);
            emit("");
            emit("The above exception was the direct cause of the following exception:");
            emit("");
        } else if (depth < MAX_CHAIN && context != null && context.isException()
                        && !(suppress != null && suppress.isBoolean() && suppress.asBoolean())) {
            printChained(rethrown(context), depth + 1);
            emit("");
            emit("During handling of the above exception, another exception occurred:");
            emit("");
        }
        printOne(e, guest);
    }

    /** A chained guest exception as a {@link PolyglotException}, which carries its own stack trace and message. */
    private static PolyglotException rethrown(Value exception) {
        try {
            throw exception.throwException();
        } catch (PolyglotException p) {
            return p;
        }
    }

    private void printOne(PolyglotException e, Value guest) {
        List<Entry> frames = tracebackFrames(e, guest);
        Value members = member(guest, "__exceptions__");
        if (members != null && members.hasArrayElements()) {
            printGroup(e, guest, frames, members);
            return;
        }
        if (!frames.isEmpty()) {
            emit("Traceback (most recent call last):");
            printFrames(frames);
        }
        if (e.isSyntaxError() || isSyntaxErrorClass(guest)) {
            new SyntaxErrorBlock(err, colour).print(e, guest);
        }
        emit(colour ? colouredMessageLine(e, guest) : messageLine(e, guest));
        printNotes(guest);
    }

    /**
     * The frames of the exception's traceback: a caught exception's ends at the frame that caught it (the innermost
     * frames, last here), known by depth or, for one caught and kept (a group's member), by the catching function.
     */
    private List<Entry> tracebackFrames(PolyglotException e, Value guest) {
        List<Entry> frames = guestFrames(e);
        Value depth = member(guest, "__traceback_depth__");
        Value catcher = member(guest, "__traceback_catcher__");
        Value caught = member(guest, "__traceback_catch__");
        if (depth != null && depth.fitsInInt() && depth.asInt() == frames.size() + 1 && caught != null
                        && caught.isString() && isShown(caught.getSourceLocation())) {
            // caught without a stack walk: the frames it left, then the catching frame's entry
            frames.add(0, new Entry(caught.getSourceLocation(), caught.asString()));
            return frames;
        }
        if (depth != null && depth.fitsInInt() && depth.asInt() >= 0 && depth.asInt() < frames.size()) {
            return frames.subList(frames.size() - depth.asInt(), frames.size());
        } else if (catcher != null && catcher.isString()) {
            for (int i = frames.size() - 1; i >= 0; i--) {
                if (catcher.asString().equals(rootName(frames.get(i)))) {
                    return frames.subList(i, frames.size());
                }
            }
        }
        return frames;
    }

    /** An exception group as Lib/traceback.py draws it: its own traceback, then each member in a numbered box. */
    private void printGroup(PolyglotException e, Value guest, List<Entry> frames, Value members) {
        if (groupDepth > MAX_GROUP_DEPTH) {
            emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")");
            return;
        }
        boolean topLevel = groupDepth == 0;
        if (topLevel) {
            groupDepth++;
        }
        if (!frames.isEmpty()) {
            emit("Exception Group Traceback (most recent call last):", topLevel ? '+' : '|');
            printFrames(frames);
        }
        emit(messageLine(e, guest));
        printNotes(guest);
        int count = (int) members.getArraySize();
        int n = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
        needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            err.println(indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + (truncated ? "..." : String.valueOf(i + 1))
                            + " ----------------");
            groupDepth++;
            if (truncated) {
                int remaining = count - MAX_GROUP_WIDTH;
                emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : ""));
            } else {
                printChained(rethrown(members.getArrayElement(i)), 0);
            }
            if (last && needClose) {
                err.println(indent() + "+------------------------------------");
                needClose = false;
            }
            groupDepth--;
        }
        if (topLevel) {
            groupDepth = 0;
        }
    }

    private String indent() {
        return " ".repeat(2 * groupDepth);
    }

    /** One or more lines, each behind the group margin ({@code _ExceptionPrintContext.emit}). */
    private void emit(String text) {
        emit(text, '|');
    }

    private void emit(String text, char margin) {
        String prefix = groupDepth == 0 ? "" : indent() + margin + " ";
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (String line : body.split("\n", -1)) {
            err.println(prefix + line);
        }
    }

    private static String rootName(Entry frame) {
        String name = frame.rootName();
        return name == null || name.isEmpty() ? "<module>" : name;
    }

    /** CPython's {@code _RECURSIVE_CUTOFF}: a frame repeated more often than this is summarised. */
    private static final int RECURSIVE_CUTOFF = 3;

    /** The frames, a run of identical ones (file, line, function) cut after three as Lib/traceback.py does. */
    private void printFrames(List<Entry> frames) {
        String last = null;
        int count = 0;
        for (Entry frame : frames) {
            String key = fileName(frame.location().getSource()) + ":"
                            + frame.location().getStartLine() + ":" + frame.rootName();
            if (key.equals(last)) {
                count++;
            } else {
                printRepeated(count);
                last = key;
                count = 1;
            }
            if (count <= RECURSIVE_CUTOFF) {
                printFrame(frame);
            }
        }
        printRepeated(count);
    }

    private void printRepeated(int count) {
        if (count > RECURSIVE_CUTOFF) {
            int more = count - RECURSIVE_CUTOFF;
            emit("  [Previous line repeated " + more + " more time" + (more > 1 ? "s" : "") + "]");
        }
    }

    /** Guest frames with a source location in user-visible code, outermost first (Python's order). */
    private List<Entry> guestFrames(PolyglotException e) {
        List<Entry> frames = new ArrayList<>();
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            SourceSection location = frame.getSourceLocation();
            if (frame.isGuestFrame() && isShown(location)) {
                frames.add(0, new Entry(location, frame.getRootName()));
            }
        }
        return frames;
    }

    private boolean isShown(SourceSection location) {
        return location != null && !location.getSource().isInternal() && !fileName(location.getSource()).equals(hiddenFile);
    }

    /** A traceback entry: where in the frame, and the frame's function name. */
    private record Entry(SourceSection location, String rootName) {
    }

    private void printFrame(Entry frame) {
        SourceSection location = frame.location();
        String name = frame.rootName();
        if (name == null || name.isEmpty()) {
            name = "<module>";
        }
        String file = fileName(location.getSource());
        emit(colour ? Colours.fileLine(file, location.getStartLine(), name)
                        : "  File \"" + file + "\", line " + location.getStartLine() + ", in " + name);
        String line = sourceLine(location.getSource(), location.getStartLine());
        if (line == null || line.isBlank()) {
            return;
        }
        if (location.hasColumns() && location.getEndLine() == location.getStartLine()) {
            // Polyglot columns are 1-based and the end inclusive: the same numbers as CPython's 0-based [start, end).
            String printed = SourceLineMarkers.format(line, location.getStartColumn() - 1, location.getEndColumn());
            emit(colour ? Colours.markers(printed) : printed);
        } else {
            emit("    " + line.strip());
        }
    }

    /** The file name as CPython's {@code co_filename} shows it: the path where the source has one. */
    static String fileName(Source source) {
        return source.getPath() != null ? source.getPath() : source.getName();
    }

    static String sourceLine(Source source, int line) {
        if (!source.hasCharacters() || line < 1 || line > source.getLineCount()) {
            return null;
        }
        return source.getCharacters(line).toString();
    }

    /**
     * The last line: {@code Type: message} as the language words it, or the type's name alone, then the
     * "Did you mean" the guest computes as CPython's {@code traceback} module does.
     */
    private static String messageLine(PolyglotException e, Value guest) {
        Value suggestion = member(guest, "__suggestion__");
        String suffix = suggestion != null && suggestion.isString() ? suggestion.asString() : "";
        return bareMessageLine(e, guest) + suffix;
    }

    /**
     * The last line in colour: the message is {@code Type: text} as the language words it (or the type alone),
     * so the type is what comes before the first {@code ": "} when that is the exception's type name.
     */
    private static String colouredMessageLine(PolyglotException e, Value guest) {
        Value suggestion = member(guest, "__suggestion__");
        String suffix = suggestion != null && suggestion.isString() ? suggestion.asString() : "";
        String line = bareMessageLine(e, guest);
        String simpleName = guest != null && guest.getMetaObject() != null ? guest.getMetaObject().getMetaSimpleName()
                        : null;
        int colon = line.indexOf(": ");
        if (colon > 0 && (simpleName == null || line.substring(0, colon).endsWith(simpleName))) {
            return Colours.messageLine(line.substring(0, colon), line.substring(colon + 2) + suffix);
        }
        return suffix.isEmpty() ? Colours.messageLine(line, null) : Colours.messageLine(line, null) + suffix;
    }

    private static String bareMessageLine(PolyglotException e, Value guest) {
        String message = e.getMessage();
        if (message != null && !message.isEmpty()) {
            return message;
        }
        if (guest != null && guest.getMetaObject() != null) {
            return guest.getMetaObject().getMetaSimpleName();
        }
        return "Exception";
    }

    /** PEP 678 notes, one per line after the message, as CPython prints {@code __notes__}. */
    private void printNotes(Value guest) {
        Value notes = member(guest, "__notes__");
        if (notes == null || !notes.hasArrayElements()) {
            return;
        }
        for (long i = 0; i < notes.getArraySize(); i++) {
            Value note = notes.getArrayElement(i);
            emit(note.isString() ? note.asString() : note.toString());
        }
    }

    static Value guestObject(PolyglotException e) {
        try {
            return e.isGuestException() ? e.getGuestObject() : null;
        } catch (RuntimeException inaccessible) {
            // The context may already be closed or cancelled: print what the exception itself carries.
            return null;
        }
    }

    /** A member of a guest value, or null where the value has none or reading it fails. */
    static Value member(Value value, String name) {
        if (value == null) {
            return null;
        }
        try {
            Value result = value.hasMembers() ? value.getMember(name) : null;
            return result == null || result.isNull() ? null : result;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static final java.util.Set<String> SYNTAX_ERRORS = java.util.Set.of("SyntaxError", "IndentationError",
                    "TabError", "_IncompleteInputError");

    /** A {@code SyntaxError} raised at run time ({@code compile()}, {@code exec()}) also prints its source block. */
    private static boolean isSyntaxErrorClass(Value guest) {
        try {
            Value type = guest == null ? null : guest.getMetaObject();
            return type != null && SYNTAX_ERRORS.contains(type.getMetaSimpleName());
        } catch (RuntimeException unreadable) {
            return false;
        }
    }
}
