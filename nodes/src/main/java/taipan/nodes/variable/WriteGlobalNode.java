package taipan.nodes.variable;

import taipan.language.TaipanLanguage;
import taipan.threading.SharedObjects;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.ExpressionNode;
import taipan.nodes.PythonFrame;
import taipan.nodes.PythonTypeSystem;
import taipan.nodes.StatementNode;

/**
 * {@code name = value} for a global name: a shape-checked property write into the module's namespace. An int goes
 * through {@code putLong}, so it lands unboxed in a primitive location.
 */
@NodeChild(value = "value", type = ExpressionNode.class)
@NodeField(name = "name", type = TruffleString.class)
@TypeSystemReference(PythonTypeSystem.class)
public abstract class WriteGlobalNode extends StatementNode implements WriteNode {

    protected abstract TruffleString getName();

    /** Writes an already evaluated value (for {@code a = b = value}); the value child is then unused. */
    @Override
    public abstract void executeWrite(VirtualFrame frame, Object value);

    @Specialization
    void doLong(VirtualFrame frame, long value,
                    @CachedLibrary(limit = ReadGlobalNode.LIMIT) DynamicObjectLibrary lib) {
        SharedObjects.putLong(TaipanLanguage.get(this).threadingMode(), lib, PythonFrame.getGlobals(frame), getName(), value);
    }

    @Specialization
    void doDouble(VirtualFrame frame, double value,
                    @CachedLibrary(limit = ReadGlobalNode.LIMIT) DynamicObjectLibrary lib) {
        SharedObjects.putDouble(TaipanLanguage.get(this).threadingMode(), lib, PythonFrame.getGlobals(frame), getName(), value);
    }

    @Specialization(replaces = {"doLong", "doDouble"})
    void doObject(VirtualFrame frame, Object value,
                    @CachedLibrary(limit = ReadGlobalNode.LIMIT) DynamicObjectLibrary lib) {
        SharedObjects.put(TaipanLanguage.get(this).threadingMode(), lib, PythonFrame.getGlobals(frame), getName(), value);
    }
}
