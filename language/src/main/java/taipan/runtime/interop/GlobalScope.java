package taipan.runtime.interop;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import taipan.language.TaipanLanguage;
import taipan.runtime.module.PythonModule;

/** A module's globals as an interop scope: the embedder's {@code context.getBindings("python")} is {@code __main__}'s. */
@ExportLibrary(InteropLibrary.class)
public final class GlobalScope implements TruffleObject {

    private final PythonModule module;

    public GlobalScope(PythonModule module) {
        this.module = module;
    }

    @ExportMessage
    boolean isScope() {
        return true;
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
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "globals of " + module;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(boolean includeInternal) {
        return InteropMembers.names(module, includeInternal);
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return InteropMembers.exists(module, member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        return InteropMembers.read(module, member);
    }

    @ExportMessage
    boolean isMemberModifiable(String member) {
        return InteropMembers.exists(module, member);
    }

    @ExportMessage
    boolean isMemberInsertable(String member) {
        return !InteropMembers.exists(module, member);
    }

    @ExportMessage
    void writeMember(String member, Object value) throws UnsupportedMessageException {
        InteropMembers.write(module, member, value);
    }

    @ExportMessage
    boolean isMemberRemovable(String member) {
        return InteropMembers.exists(module, member);
    }

    @ExportMessage
    void removeMember(String member) throws UnknownIdentifierException {
        InteropMembers.remove(module, member);
    }
}
