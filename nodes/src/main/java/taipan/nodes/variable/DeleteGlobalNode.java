package taipan.nodes.variable;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.PythonFrame;
import taipan.nodes.StatementNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.threading.SharedObjects;

/** {@code del name} for a global name: removes it from the module's namespace, or raises NameError. */
@NodeField(name = "name", type = TruffleString.class)
public abstract class DeleteGlobalNode extends StatementNode {

    protected abstract TruffleString getName();

    @Specialization
    void doDelete(VirtualFrame frame,
                    @CachedLibrary(limit = ReadGlobalNode.LIMIT) DynamicObjectLibrary lib) {
        // through SharedObjects: once threads run, the slot must be cleared and the removal locked
        if (!SharedObjects.removeKey(TaipanLanguage.get(this).threadingMode(), lib,
                        PythonFrame.getGlobals(frame), getName())) {
            CompilerDirectives.transferToInterpreter();
            throw NameErrors.raise(this, frame.materialize(), ErrorMessages.NAME_NOT_DEFINED, getName().toJavaStringUncached());
        }
    }
}
