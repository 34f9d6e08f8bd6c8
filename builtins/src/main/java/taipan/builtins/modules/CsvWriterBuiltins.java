package taipan.builtins.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.nodes.object.PyObjectStrNode;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.csv.CsvException;
import taipan.runtime.csv.CsvJoiner;
import taipan.runtime.csv.PCsvDialect;
import taipan.runtime.csv.PCsvWriter;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.UncachedCalls;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** {@code _csv.Writer}: {@code writerow}, {@code writerows} and {@code dialect}. */
@CoreFunctions(extendClasses = BuiltinType.CSV_WRITER)
public final class CsvWriterBuiltins {

    private CsvWriterBuiltins() {
    }

    /** Formats one row and hands it to the file's {@code write}; returns what that returned. */
    static Object writeRow(Node location, PCsvWriter self, Object row, PyObjectGetIterNode getIter, PyIterNextNode next,
                    PyObjectStrNode str) {
        if (row instanceof TruffleString || row == PNone.NONE || row instanceof Long) {
            throw CsvDialects.error(location, "iterable expected, not " + PythonErrors.typeName(location, row));
        }
        PCsvDialect d = self.getDialect();
        List<String> fields = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        Object iterator = getIter.execute(row);
        for (Object field = next.execute(iterator); field != PyIterNextNode.EXHAUSTED; field = next.execute(iterator)) {
            add(quoted, quote(location, d.quoting, field));
            add(fields, field == PNone.NONE ? null : field instanceof TruffleString s ? s.toJavaStringUncached()
                            : str.execute(field).toJavaStringUncached());
        }
        return write(location, self, fields, quoted);
    }

    @TruffleBoundary
    private static <T> void add(List<T> list, T value) {
        list.add(value);
    }

    @TruffleBoundary
    private static Object write(Node location, PCsvWriter self, List<String> fields, List<Boolean> quoted) {
        boolean[] flags = new boolean[quoted.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = quoted.get(i);
        }
        String line;
        try {
            line = CsvJoiner.join(self.getDialect(), fields.toArray(new String[0]), flags);
        } catch (CsvException e) {
            throw CsvDialects.error(location, e.getMessage());
        }
        return UncachedCalls.call(self.getWrite(), PyStrings.of(line));
    }

    @TruffleBoundary
    private static boolean quote(Node location, int quoting, Object field) {
        return switch (quoting) {
            case PCsvDialect.QUOTE_ALL -> true;
            case PCsvDialect.QUOTE_NONNUMERIC -> !isNumber(location, field);
            case PCsvDialect.QUOTE_STRINGS -> field instanceof TruffleString;
            case PCsvDialect.QUOTE_NOTNULL -> field != PNone.NONE;
            default -> false;
        };
    }

    /** CPython's {@code PyNumber_Check}: ints, floats, complex numbers and what converts to them. */
    private static boolean isNumber(Node location, Object value) {
        if (value instanceof Long || value instanceof Double || value instanceof Boolean || value instanceof BigInteger ||
                        value instanceof taipan.runtime.math.Complex) {
            return true;
        }
        var cls = SpecialMethods.classOf(location, value);
        return cls.lookup("__index__") != null || cls.lookup("__float__") != null || cls.lookup("__int__") != null;
    }

    @Builtin(name = "writerow", parameterNames = {"self", "row"}, minNumOfPositionalArgs = 2)
    abstract static class WriterowNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PCsvWriter self, Object row, @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next,
                        @Cached PyObjectStrNode str) {
            return writeRow(this, self, row, getIter, next, str);
        }
    }

    @Builtin(name = "writerows", parameterNames = {"self", "rows"}, minNumOfPositionalArgs = 2)
    abstract static class WriterowsNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doIt(PCsvWriter self, Object rows, @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next,
                        @Cached PyObjectGetIterNode rowIter, @Cached PyIterNextNode rowNext, @Cached PyObjectStrNode str) {
            Object iterator = getIter.execute(rows);
            for (Object row = next.execute(iterator); row != PyIterNextNode.EXHAUSTED; row = next.execute(iterator)) {
                writeRow(this, self, row, rowIter, rowNext, str);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "dialect", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class DialectNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PCsvWriter self) {
            return self.getDialect();
        }
    }
}
