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
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.object.PyObjectFormatNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.FormatError;
import taipan.runtime.format.FormatTemplate;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PBuiltinMethod;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonTypes;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** {@code str.format(*args)} through {@link FormatTemplate}; with keyword arguments. */
@CoreFunctions(extendClasses = BuiltinType.STR)
public final class StrFormatBuiltins {

    private StrFormatBuiltins() {
    }

    @Builtin(name = "format", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true)
    abstract static class FormatNode extends PythonTernaryBuiltinNode {

        @Specialization
        TruffleString doFormat(TruffleString self, PTuple args, Object kwargs, @Cached PyObjectFormatNode format) {
            // no keyword given: the binder leaves NO_VALUE in the **kwargs slot
            return render(self, args, kwargs instanceof PDict d ? d : null, format);
        }

        // Parsing and rendering walk a Java string and call back for every field: a slow path by nature.
        @TruffleBoundary
        private TruffleString render(TruffleString self, PTuple args, PDict kwargs, PyObjectFormatNode format) {
            return StrFormatBuiltins.render(this, self, new StrFormatAccess(this, args.getItems(),
                            kwargs, false, format));
        }
    }

    @Builtin(name = "format_map", parameterNames = {"self", "mapping"}, minNumOfPositionalArgs = 2)
    abstract static class FormatMapNode extends PythonBinaryBuiltinNode {

        @Specialization
        TruffleString doFormat(TruffleString self, PDict mapping, @Cached PyObjectFormatNode format) {
            return render(self, mapping, format);
        }

        /** Any other mapping (a dict subclass with {@code __missing__}): fields are looked up by {@code mapping[key]}. */
        @Specialization(guards = "!isDict(mapping)")
        @TruffleBoundary
        TruffleString doMapping(TruffleString self, Object mapping, @Cached PyObjectFormatNode format) {
            StrFormatAccess access = new StrFormatAccess(this, new Object[0], null, true, format);
            return StrFormatBuiltins.render(this, self, access.withMapping(mapping));
        }

        static boolean isDict(Object mapping) {
            return mapping instanceof PDict;
        }

        @TruffleBoundary
        private TruffleString render(TruffleString self, PDict mapping, PyObjectFormatNode format) {
            return StrFormatBuiltins.render(this, self, new StrFormatAccess(this, new Object[0], mapping, true,
                            format));
        }
    }

    @TruffleBoundary
    static TruffleString render(Node location, TruffleString self, StrFormatAccess access) {
        try {
            return PyStrings.of(FormatTemplate.parse(self.toJavaStringUncached()).render(access));
        } catch (FormatError e) {
            throw PythonErrors.fromFormatError(location, e);
        }
    }

    /** {@code getattr(obj, name)} off the fast path (format fields such as {@code {0.real}}). */
    static Object getAttribute(Node location, Object obj, String name) {
        return taipan.nodes.attribute.ObjectAttributes.getAttribute(location, obj, name);
    }
}
