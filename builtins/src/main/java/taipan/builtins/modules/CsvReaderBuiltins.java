package taipan.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.generator.GeneratorErrors;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.runtime.csv.CsvException;
import taipan.runtime.csv.CsvParser;
import taipan.runtime.csv.PCsvReader;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** {@code _csv.Reader}: iteration one record at a time, {@code line_num} and {@code dialect}. */
@CoreFunctions(extendClasses = BuiltinType.CSV_READER)
public final class CsvReaderBuiltins {

    private CsvReaderBuiltins() {
    }

    @Builtin(name = "__iter__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PCsvReader self) {
            return self;
        }
    }

    @Builtin(name = "__next__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PCsvReader self, @Cached PyIterNextNode next) {
            CsvParser parser = new CsvParser(self.getDialect(), CsvDialects.state(this).fieldLimit);
            do {
                Object line = next.execute(self.getLines());
                if (line == PyIterNextNode.EXHAUSTED) {
                    List<Object> last = finish(this, parser);
                    if (last == null) {
                        throw GeneratorErrors.stopIteration(this, PNone.NONE);
                    }
                    return toList(last);
                }
                if (!(line instanceof TruffleString text)) {
                    throw CsvDialects.error(this, "iterator should return strings, not " + PythonErrors.typeName(this, line)
                                    + " (the file should be opened in text mode)");
                }
                self.countLine();
                feed(this, parser, text);
            } while (!parser.isRecordDone());
            return toList(parser.takeFields());
        }
    }

    @TruffleBoundary
    private static void feed(Node location, CsvParser parser, TruffleString line) {
        try {
            parser.feed(line.toJavaStringUncached());
        } catch (CsvException e) {
            throw CsvDialects.error(location, e.getMessage());
        } catch (CsvParser.FloatError e) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "%s", e.getMessage());
        }
    }

    @TruffleBoundary
    private static List<Object> finish(Node location, CsvParser parser) {
        try {
            return parser.finish();
        } catch (CsvException e) {
            throw CsvDialects.error(location, e.getMessage());
        }
    }

    @TruffleBoundary
    private static PList toList(List<Object> fields) {
        Object[] items = new Object[fields.size()];
        for (int i = 0; i < items.length; i++) {
            Object f = fields.get(i);
            items[i] = f == null ? PNone.NONE : f instanceof String s ? PyStrings.of(s) : f;
        }
        return new PList(items);
    }

    @Builtin(name = "line_num", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class LineNumNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PCsvReader self) {
            return self.getLineNum();
        }
    }

    @Builtin(name = "dialect", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class DialectNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PCsvReader self) {
            return self.getDialect();
        }
    }
}
