package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.object.PyObjectFormatNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.AsciiEscape;
import taipan.runtime.format.FormatError;
import taipan.runtime.format.FormatTemplate;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PBuiltinMethod;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonTypes;
import taipan.runtime.object.Repr;
import taipan.runtime.str.PyStrings;
import taipan.runtime.str.StrCodePoints;
import taipan.runtime.type.BuiltinType;

/** {@code str.format(*args)} through {@link FormatTemplate}; keyword arguments need {@code **kwargs} (later). */
@CoreFunctions(extendClasses = BuiltinType.STR)
public final class StrFormatBuiltins {

    private StrFormatBuiltins() {
    }

    @Builtin(name = "format", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class FormatNode extends PythonBinaryBuiltinNode {

        @Specialization
        TruffleString doFormat(TruffleString self, PTuple args, @Cached PyObjectFormatNode format) {
            return render(self, args, format);
        }

        // Parsing and rendering walk a Java string and call back for every field: a slow path by nature.
        @TruffleBoundary
        private TruffleString render(TruffleString self, PTuple args, PyObjectFormatNode format) {
            try {
                return PyStrings.of(FormatTemplate.parse(self.toJavaStringUncached()).render(new Access(args, format)));
            } catch (FormatError e) {
                throw PythonErrors.fromFormatError(this, e);
            }
        }

        /** The field operations of one {@code format} call. */
        private final class Access implements FormatTemplate.FieldAccess {
            private final Object[] args;
            private final PyObjectFormatNode format;

            Access(PTuple args, PyObjectFormatNode format) {
                this.args = args.getItems();
                this.format = format;
            }

            @Override
            public Object positional(long index) {
                if (index >= args.length) {
                    throw FormatTemplate.indexOutOfRange(index);
                }
                return args[(int) index];
            }

            @Override
            public Object keyword(String key) {
                throw PythonErrors.raise(FormatNode.this, BuiltinType.KEY_ERROR, "%s", key);
            }

            @Override
            public Object attribute(Object obj, String name) {
                return getAttribute(FormatNode.this, obj, name);
            }

            @Override
            public Object item(Object obj, Object key) {
                if (obj instanceof PTuple t && key instanceof Long i && i >= 0 && i < t.getItems().length) {
                    return t.getItems()[(int) (long) i];
                } else if (obj instanceof TruffleString s && key instanceof Long i && i >= 0
                                && i < StrCodePoints.length(s)) {
                    return PyStrings.of(Character.toString(StrCodePoints.codePointAt(s, (int) (long) i)));
                }
                throw PythonErrors.raise(FormatNode.this, BuiltinType.NOT_IMPLEMENTED_ERROR,
                                ErrorMessages.NOT_SUPPORTED_YET, "this format field index");
            }

            @Override
            public Object convert(Object obj, int conversion) {
                String text = conversion == 's' ? Repr.str(obj) : Repr.repr(obj);
                return PyStrings.of(conversion == 'a' ? AsciiEscape.escapeNonAscii(text) : text);
            }

            @Override
            public String format(Object obj, String spec) {
                return format.execute(obj, PyStrings.of(spec)).toJavaStringUncached();
            }
        }
    }

    /** {@code getattr(obj, name)} off the fast path (format fields such as {@code {0.real}}). */
    static Object getAttribute(Node location, Object obj, String name) {
        Object value;
        if (obj instanceof PythonModule module) {
            value = DynamicObjectLibrary.getUncached().getOrDefault(module, PyStrings.of(name), null);
        } else {
            value = PythonTypes.classOf(TaipanLanguage.get(location), obj).lookup(name);
            if (value instanceof PBuiltinFunction function) {
                value = new PBuiltinMethod(obj, function);
            }
        }
        if (value == null) {
            throw PythonErrors.raise(location, BuiltinType.ATTRIBUTE_ERROR, ErrorMessages.OBJECT_HAS_NO_ATTRIBUTE,
                            PythonErrors.typeName(location, obj), name);
        }
        return value;
    }
}
