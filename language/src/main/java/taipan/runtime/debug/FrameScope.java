package taipan.runtime.debug;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import taipan.language.TaipanLanguage;
import taipan.runtime.interop.InteropBoundary;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.InteropArray;

/**
 * A function's local scope for debuggers: its variables (parameters, locals, cell and free variables), read from
 * the frame as it is now; the parent scope is the module's globals. As the scope protocol asks, the members are
 * flattened: the locals, then every member of the parent (the debugger subtracts the parent's from the end).
 */
@ExportLibrary(InteropLibrary.class)
public final class FrameScope implements TruffleObject {

    private final String name;
    private final String[] names;
    private final Map<String, Object> values;
    private final PythonModule globals;
    /** The frame the values were read from (null for a static query): a debugger writes its variables there. */
    private final Frame frame;

    private FrameScope(String name, String[] names, Map<String, Object> values, PythonModule globals, Frame frame) {
        this.name = name;
        this.names = names;
        this.values = values;
        this.globals = globals;
        this.frame = frame;
    }

    /**
     * The scope of a frame of a root named {@code name}; with no frame (a static query) the names only. Values
     * are read when the scope is made: the debugger asks for a new scope at every suspension.
     */
    public static FrameScope of(String name, com.oracle.truffle.api.frame.FrameDescriptor descriptor, Frame frame) {
        if (frame == null) {
            return new FrameScope(name, FrameVariables.names(descriptor), Map.of(), null, null);
        }
        Map<String, Object> values = FrameVariables.values(frame);
        return new FrameScope(name, values.keySet().toArray(new String[0]), values, FrameVariables.globals(frame), frame);
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return TaipanLanguage.class;
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        if (globals == null) {
            return new InteropArray(names.clone());
        }
        String[] outer = new GlobalsScope(globals).memberNames();
        String[] all = java.util.Arrays.copyOf(names, names.length + outer.length);
        System.arraycopy(outer, 0, all, names.length, outer.length);
        return new InteropArray(all);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return values.containsKey(member) || (globals != null && new GlobalsScope(globals).get(member) != null);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object value = values.get(member);
        if (value == null && globals != null) {
            value = new GlobalsScope(globals).get(member);
        }
        if (value == null) {
            throw UnknownIdentifierException.create(member);
        }
        return ValueView.of(value);
    }

    /**
     * A debugger may set the frame's own variables (DevTools' {@code Debugger.setVariableValue}): the paused program
     * goes on with the new value. Globals are set through the parent scope.
     */
    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        return frame != null && FrameVariables.isVariable(frame, member);
    }

    @ExportMessage
    boolean isMemberInsertable(@SuppressWarnings("unused") String member) {
        return false;
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) throws UnknownIdentifierException {
        Object python = value instanceof ValueView view ? view.getValue() : InteropBoundary.toPython(value);
        if (frame == null || !FrameVariables.write(frame, member, python)) {
            throw UnknownIdentifierException.create(member);
        }
        values.put(member, python);
    }

    @ExportMessage
    boolean hasScopeParent() {
        return globals != null;
    }

    @ExportMessage
    Object getScopeParent() throws UnsupportedMessageException {
        if (globals == null) {
            throw UnsupportedMessageException.create();
        }
        return new GlobalsScope(globals);
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return name;
    }
}
