package taipan.runtime.exception;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.bytes.PByteArray;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PList;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/**
 * The TypeErrors of {@code +} and {@code *} when no number method took the operands but a sequence's
 * concatenation or repetition did and refused the other operand (CPython's {@code sq_concat}/{@code sq_repeat}
 * messages: "can only concatenate str (not "T") to str", "can't multiply sequence by non-int of type 'T'").
 */
final class SequenceOperandErrors {

    private SequenceOperandErrors() {
    }

    /** The sequence's error for {@code left symbol right}, or null when neither operand's sequence slot applies. */
    static PException of(Node location, String symbol, Object left, Object right) {
        Object l = PBuiltinSubclassObject.unwrap(left);
        if (symbol.equals("+") || symbol.equals("+=")) {
            if (l instanceof PBytes || l instanceof PByteArray) {
                return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "can't concat %s to %s",
                                PythonErrors.typeName(location, right), l instanceof PBytes ? "bytes" : "bytearray");
            } else if (l instanceof TruffleString || l instanceof PList && symbol.equals("+") || l instanceof PTuple) {
                // (list += x extends the list: its error is the iteration's)
                String kind = l instanceof TruffleString ? "str" : l instanceof PList ? "list" : "tuple";
                return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "can only concatenate %s (not \"%s\") to %s",
                                kind, PythonErrors.typeName(location, right), kind);
            }
        } else if (symbol.equals("*") || symbol.equals("*=")) {
            if (isSequence(l)) {
                return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.CANT_MULTIPLY_SEQUENCE_BY_NON_INT,
                                PythonErrors.typeName(location, right));
            } else if (isSequence(PBuiltinSubclassObject.unwrap(right))) {
                return PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.CANT_MULTIPLY_SEQUENCE_BY_NON_INT,
                                PythonErrors.typeName(location, left));
            }
        }
        return null;
    }

    private static boolean isSequence(Object value) {
        return value instanceof TruffleString || value instanceof PList || value instanceof PTuple
                        || value instanceof PBytes || value instanceof PByteArray;
    }
}
