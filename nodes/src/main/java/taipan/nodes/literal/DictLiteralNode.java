package taipan.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.runtime.dict.DictStorage;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/** {@code {k: v, **m}}: a new dict, keys and values evaluated left to right; a null key unpacks a mapping. */
public final class DictLiteralNode extends ExpressionNode {

    @Children private final ExpressionNode[] keys;
    @Children private final ExpressionNode[] values;

    /** {@code keys[i] == null} marks {@code **values[i]}. */
    public DictLiteralNode(ExpressionNode[] keys, ExpressionNode[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
        BuiltinEquality ops = new BuiltinEquality(mode);
        DictStorage storage = new DictStorage();
        for (int i = 0; i < values.length; i++) {
            if (keys[i] == null) {
                merge(mode, ops, storage, values[i].executeGeneric(frame));
            } else {
                Object key = keys[i].executeGeneric(frame);
                storage.put(mode, ops, key, values[i].executeGeneric(frame));
            }
        }
        return new PDict(storage);
    }

    private void merge(ThreadingMode mode, BuiltinEquality ops, DictStorage storage, Object mapping) {
        if (mapping instanceof PDict d) {
            storage.update(mode, ops, d.getStorage());
            return;
        }
        Object[][] entries = taipan.runtime.object.MappingEntries.of(mode, mapping);
        if (entries != null) {
            for (int i = 0; i < entries[0].length; i++) {
                storage.put(mode, ops, entries[0][i], entries[1][i]);
            }
            return;
        }
        throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object is not a mapping",
                        PythonErrors.typeName(this, mapping));
    }
}
