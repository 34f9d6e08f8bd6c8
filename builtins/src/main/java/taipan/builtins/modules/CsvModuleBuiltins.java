package taipan.builtins.modules;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.csv.PCsvDialect;
import taipan.runtime.csv.PCsvReader;
import taipan.runtime.csv.PCsvWriter;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** {@code _csv} (CPython's {@code Modules/_csv.c}): reader, writer, the dialect registry and the field size limit. */
@CoreFunctions(defineModule = "_csv")
public final class CsvModuleBuiltins {

    private CsvModuleBuiltins() {
    }

    public static void constants(Map<String, Object> csv) {
        String[] names = {"QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS", "QUOTE_NOTNULL"};
        for (int i = 0; i < names.length; i++) {
            csv.put(names[i], (long) i);
        }
        csv.put("__version__", PyStrings.of("1.0"));
    }

    @Builtin(name = "reader", parameterNames = {"csvfile", "dialect"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false, positionalOnlyCount = 1, takesVarKeywords = true)
    abstract static class ReaderNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments, @Cached PyObjectGetIterNode getIter) {
            Object lines = getIter.execute(arguments[0]);
            PCsvDialect dialect = CsvDialects.create(this, dialectArgument(arguments[1]), arguments[2] instanceof PDict kw ? kw : null);
            return new PCsvReader(TaipanLanguage.get(this).getBuiltinClass(BuiltinType.CSV_READER).getInstanceShape(),
                            lines, dialect);
        }
    }

    @Builtin(name = "writer", parameterNames = {"fileobj", "dialect"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false, positionalOnlyCount = 1, takesVarKeywords = true)
    abstract static class WriterNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            Object write = ObjectAttributes.lookupInstanceAttribute(this, arguments[0],
                            taipan.nodes.object.SpecialMethods.classOf(this, arguments[0]), "write");
            if (write == null) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "argument 1 must have a \"write\" method");
            }
            PCsvDialect dialect = CsvDialects.create(this, dialectArgument(arguments[1]), arguments[2] instanceof PDict kw ? kw : null);
            return new PCsvWriter(TaipanLanguage.get(this).getBuiltinClass(BuiltinType.CSV_WRITER).getInstanceShape(),
                            write, dialect);
        }
    }

    /** The dialect argument: "excel" when not given, as csv.py's callers would otherwise pass. */
    private static Object dialectArgument(Object value) {
        return value == PNone.NO_VALUE ? PyStrings.of("excel") : value;
    }

    @Builtin(name = "register_dialect", parameterNames = {"name", "dialect"}, minNumOfPositionalArgs = 1,
                    takesVarKeywords = true)
    abstract static class RegisterDialectNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            if (!(arguments[0] instanceof TruffleString name)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "dialect name must be a string");
            }
            PCsvDialect dialect = CsvDialects.create(this, arguments[1], arguments[2] instanceof PDict kw ? kw : null);
            CsvDialects.state(this).dialects.put(name.toJavaStringUncached(), dialect);
            return PNone.NONE;
        }
    }

    @Builtin(name = "unregister_dialect", parameterNames = "name")
    abstract static class UnregisterDialectNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            Object name = arguments[0];
            if (!(name instanceof TruffleString s) || CsvDialects.state(this).dialects.remove(s.toJavaStringUncached()) == null) {
                throw CsvDialects.error(this, "unknown dialect");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "get_dialect", parameterNames = "name")
    abstract static class GetDialectNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return CsvDialects.get(this, arguments[0]);
        }
    }

    @Builtin(name = "list_dialects")
    abstract static class ListDialectsNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            CsvDialects.State state = CsvDialects.state(this);
            synchronized (state.dialects) {
                return new PList(state.dialects.keySet().stream().map(PyStrings::of).toArray());
            }
        }
    }

    @Builtin(name = "field_size_limit", parameterNames = "new_limit", positionalOnly = false)
    abstract static class FieldSizeLimitNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            CsvDialects.State state = CsvDialects.state(this);
            long old = state.fieldLimit;
            if (arguments[0] != PNone.NO_VALUE) {
                if (!(arguments[0] instanceof Long limit)) {
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "limit must be an integer");
                }
                state.fieldLimit = limit;
            }
            return old;
        }
    }
}
