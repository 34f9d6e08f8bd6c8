package taipan.nodes.object;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.PythonTypeSystem;
import taipan.runtime.object.Repr;
import taipan.runtime.str.PyStrings;

/** {@code str(value)}: CPython's {@code PyObject_Str}. */
@TypeSystemReference(PythonTypeSystem.class)
public abstract class PyObjectStrNode extends Node {

    private static final TruffleString TRUE = PyStrings.of("True");
    private static final TruffleString FALSE = PyStrings.of("False");

    public abstract TruffleString execute(Object value);

    public static PyObjectStrNode create() {
        return PyObjectStrNodeGen.create();
    }

    @Specialization
    static TruffleString doStr(TruffleString value) {
        return value;
    }

    @Specialization
    static TruffleString doBoolean(boolean value) {
        return value ? TRUE : FALSE;
    }

    @Specialization
    static TruffleString doLong(long value, @Cached TruffleString.FromLongNode fromLong) {
        return fromLong.execute(value, PyStrings.ENCODING, true);
    }

    @Specialization
    TruffleString doBigInteger(java.math.BigInteger value) {
        return PyStrings.of(bigToDecimal(this, value));
    }

    /** str of a big int: CPython's digit limit applies (ValueError beyond {@code sys.get_int_max_str_digits()}). */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    static String bigToDecimal(Node location, java.math.BigInteger value) {
        try {
            return taipan.runtime.format.IntText.toDecimal(value, taipan.runtime.number.IntDigitsLimit.get());
        } catch (taipan.runtime.format.FormatError e) {
            throw taipan.runtime.exception.PythonErrors.fromFormatError(location, e);
        }
    }

    @Fallback
    static TruffleString doOther(Object value, @com.oracle.truffle.api.dsl.Bind("$node") Node node) {
        if (value instanceof taipan.runtime.bytes.PBytesLike) {
            taipan.runtime.bytes.BytesWarnings.onStr(node, value); // -b
        }
        // float formatting and the rest are slow paths until taipan.runtime.format and user __str__ arrive.
        return PyStrings.of(Repr.str(value));
    }
}
