package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.csv.PCsvDialect;
import taipan.runtime.function.PProperty;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code _csv.Dialect}: its constructor and its read-only attributes (properties, see {@link #install}). */
@CoreFunctions(extendClasses = BuiltinType.CSV_DIALECT)
public final class CsvDialectBuiltins {

    private CsvDialectBuiltins() {
    }

    /** Wraps the attribute getters in read-only properties, as CPython's member descriptors are. */
    public static void install(TaipanLanguage language) {
        PythonClass cls = language.getBuiltinClass(BuiltinType.CSV_DIALECT);
        for (String name : CsvDialects.NAMES) {
            cls.writeAttribute(name, new PProperty(cls.getOwnAttribute(name), PNone.NONE, PNone.NONE, PNone.NONE));
        }
        for (BuiltinType type : new BuiltinType[]{BuiltinType.CSV_READER, BuiltinType.CSV_WRITER}) {
            PythonClass owner = language.getBuiltinClass(type);
            for (String name : type == BuiltinType.CSV_READER ? new String[]{"line_num", "dialect"} : new String[]{"dialect"}) {
                owner.writeAttribute(name, new PProperty(owner.getOwnAttribute(name), PNone.NONE, PNone.NONE, PNone.NONE));
            }
        }
    }

    @TruffleBoundary
    static Object field(PCsvDialect d, String name) {
        return switch (name) {
            case "delimiter" -> PyStrings.of(Character.toString(d.delimiter));
            case "doublequote" -> d.doublequote;
            case "escapechar" -> d.escapechar < 0 ? PNone.NONE : PyStrings.of(Character.toString(d.escapechar));
            case "lineterminator" -> PyStrings.of(d.lineterminator);
            case "quotechar" -> d.quotechar < 0 ? PNone.NONE : PyStrings.of(Character.toString(d.quotechar));
            case "quoting" -> (long) d.quoting;
            case "skipinitialspace" -> d.skipinitialspace;
            default -> d.strict;
        };
    }

    @Builtin(name = "Dialect", parameterNames = {"cls", "dialect"}, minNumOfPositionalArgs = 1, positionalOnly = false,
                    takesVarKeywords = true, constructsClass = BuiltinType.CSV_DIALECT)
    abstract static class NewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return CsvDialects.create(this, arguments[1], arguments[2] instanceof PDict kw ? kw : null);
        }
    }

    @Builtin(name = "delimiter", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class DelimiterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PCsvDialect self) {
            return field(self, "delimiter");
        }
    }

    @Builtin(name = "doublequote", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class DoublequoteNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PCsvDialect self) {
            return field(self, "doublequote");
        }
    }

    @Builtin(name = "escapechar", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class EscapecharNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PCsvDialect self) {
            return field(self, "escapechar");
        }
    }

    @Builtin(name = "lineterminator", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class LineterminatorNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PCsvDialect self) {
            return field(self, "lineterminator");
        }
    }

    @Builtin(name = "quotechar", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class QuotecharNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PCsvDialect self) {
            return field(self, "quotechar");
        }
    }

    @Builtin(name = "quoting", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class QuotingNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PCsvDialect self) {
            return field(self, "quoting");
        }
    }

    @Builtin(name = "skipinitialspace", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class SkipinitialspaceNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PCsvDialect self) {
            return field(self, "skipinitialspace");
        }
    }

    @Builtin(name = "strict", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class StrictNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PCsvDialect self) {
            return field(self, "strict");
        }
    }
}
