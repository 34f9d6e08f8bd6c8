package taipan.builtins.modules;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.format.FieldName;
import taipan.runtime.format.FormatError;
import taipan.runtime.format.MarkupIterator;
import taipan.runtime.iterator.PSequenceIterator;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * The {@code _string} module (CPython's {@code Objects/stringlib/unicode_format.h} behind {@code string.Formatter}):
 * the format-string parser str.format uses, as iterators of tuples. Malformed markup is reported when the call is
 * made rather than on the step that reaches it.
 */
@CoreFunctions(defineModule = "_string")
public final class StringModuleBuiltins {

    private StringModuleBuiltins() {
    }

    static String text(Node node, Object value) {
        if (value instanceof TruffleString s) {
            return s.toJavaStringUncached();
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "expected str, got %s", PythonErrors.typeName(node, value));
    }

    /** A Java value of the shared format parser as a Python value: String to str, null to None. */
    static Object python(Object value) {
        if (value == null) {
            return PNone.NONE;
        } else if (value instanceof String s) {
            return PyStrings.of(s);
        }
        return value;
    }

    static Object[] pythonTuple(Object[] values) {
        Object[] result = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = python(values[i]);
        }
        return result;
    }

    static PSequenceIterator iterate(List<Object> items) {
        PTuple tuple = new PTuple(items.toArray());
        return new PSequenceIterator(tuple, items.size());
    }

    @Builtin(name = "formatter_parser", parameterNames = "format_string", minNumOfPositionalArgs = 1)
    abstract static class FormatterParserNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doParse(Object formatString) {
            return parse(this, text(this, formatString));
        }

        @TruffleBoundary
        private static PSequenceIterator parse(Node node, String format) {
            List<Object> items = new ArrayList<>();
            MarkupIterator markup = new MarkupIterator(format);
            try {
                for (MarkupIterator.Markup m = markup.next(); m != null; m = markup.next()) {
                    items.add(new PTuple(pythonTuple(m.toParserTuple())));
                }
            } catch (FormatError e) {
                throw PythonErrors.fromFormatError(node, e);
            }
            return iterate(items);
        }
    }

    @Builtin(name = "formatter_field_name_split", parameterNames = "field_name", minNumOfPositionalArgs = 1)
    abstract static class FieldNameSplitNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doSplit(Object fieldName) {
            return split(this, text(this, fieldName));
        }

        @TruffleBoundary
        private static PTuple split(Node node, String name) {
            FieldName field;
            try {
                field = FieldName.split(name);
            } catch (FormatError e) {
                throw PythonErrors.fromFormatError(node, e);
            }
            if (field.restError() != null) {
                throw PythonErrors.fromFormatError(node, field.restError());
            }
            List<Object> rest = new ArrayList<>();
            for (FieldName.Accessor accessor : field.rest()) {
                rest.add(new PTuple(pythonTuple(accessor.toTuple())));
            }
            return new PTuple(new Object[]{python(field.first()), iterate(rest)});
        }
    }
}
