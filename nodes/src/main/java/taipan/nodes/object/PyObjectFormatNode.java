package taipan.nodes.object;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.object.PythonObject;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.PythonTypeSystem;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.FormatError;
import taipan.runtime.format.PyFormat;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * {@code format(value, spec)}: CPython's {@code PyObject_Format}, as f-strings and {@code format()} use it. An empty
 * spec is {@code str(value)}; the rest goes to the type's {@code __format__} ({@code taipan.runtime.format}).
 */
@TypeSystemReference(PythonTypeSystem.class)
public abstract class PyObjectFormatNode extends Node {

    public abstract TruffleString execute(Object value, TruffleString spec);

    public static PyObjectFormatNode create() {
        return PyObjectFormatNodeGen.create();
    }

    /** A user instance: its class's {@code __format__}, else {@code object.__format__}. */
    @Specialization
    TruffleString doUserObject(PythonObject value, TruffleString spec,
                    @Cached("create(FORMAT)") CallSpecialMethodNode callFormat,
                    @Cached PyObjectStrNode str) {
        if (spec.isEmpty() && value instanceof taipan.runtime.object.PBuiltinSubclassObject && hasBuiltinFormat(value)) {
            // int/float/str.__format__ with an empty spec is str(self): a subclass's own __str__
            return str.execute(value);
        }
        Object result = callFormat.execute(value, new Object[]{spec});
        if (result == null) {
            if (spec.isEmpty()) {
                return str.execute(value);
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "unsupported format string passed to %s.__format__",
                            value.getPythonClass().getName());
        } else if (result instanceof TruffleString s) {
            return s;
        }
        throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "__format__ must return a str, not %s",
                        PythonErrors.typeName(this, result));
    }

    @TruffleBoundary
    static boolean hasBuiltinFormat(PythonObject value) {
        return value.getPythonClass().lookup(FORMAT) instanceof taipan.runtime.function.PBuiltinFunction;
    }

    static final String FORMAT = ObjectProtocols.FORMAT;

    // the generic cases exclude user instances: a node that saw a str first must still call a user __format__
    @Specialization(guards = {"spec.isEmpty()", "!isUserObject(value)"})
    static TruffleString doEmptySpec(Object value, @SuppressWarnings("unused") TruffleString spec,
                    @Cached PyObjectStrNode str) {
        return str.execute(value);
    }

    static boolean isUserObject(Object value) {
        return value instanceof PythonObject;
    }

    @Specialization(guards = "!isUserObject(value)", replaces = "doEmptySpec")
    TruffleString doFormat(Object value, TruffleString spec, @Cached PyObjectStrNode str) {
        if (spec.isEmpty()) {
            return str.execute(value);
        }
        return format(value, spec.toJavaStringUncached());
    }

    @TruffleBoundary
    private TruffleString format(Object value, String spec) {
        try {
            if (value instanceof Boolean b) {
                return PyStrings.of(PyFormat.formatInt(b ? 1L : 0L, spec, "bool", 4300));
            } else if (value instanceof Long || value instanceof BigInteger) {
                return PyStrings.of(PyFormat.formatInt(value, spec, "int", taipan.runtime.number.IntDigitsLimit.get()));
            } else if (value instanceof Double d) {
                return PyStrings.of(PyFormat.formatFloat(d, spec));
            } else if (value instanceof taipan.runtime.math.Complex c) {
                return PyStrings.of(taipan.runtime.format.ComplexFormat.format(c.real(), c.imag(), spec));
            } else if (value instanceof TruffleString s) {
                return PyStrings.of(PyFormat.formatStr(s.toJavaStringUncached(), spec));
            }
        } catch (FormatError e) {
            throw PythonErrors.fromFormatError(this, e);
        }
        throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "unsupported format string passed to %s.__format__",
                        PythonErrors.typeName(this, value));
    }
}
