package taipan.builtins.types;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.function.CodePositions;
import taipan.runtime.function.PCode;
import taipan.runtime.iterator.PSequenceIterator;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/**
 * {@code code.co_positions()} and {@code code.co_lines()}, over the instructions {@link CodePositions} defines:
 * instruction {@code i} covers the offsets {@code 2i} to {@code 2i + 2}, so {@code tb_lasti // 2} indexes them as
 * the {@code traceback} module expects.
 */
@CoreFunctions(extendClasses = BuiltinType.CODE)
public final class CodePositionBuiltins {

    private CodePositionBuiltins() {
    }

    /** An iterator of {@code (line, end_line, col, end_col)} tuples, None where unknown. */
    @Builtin(name = "co_positions", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class PositionsNode extends PythonUnaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        static PSequenceIterator doPositions(PCode self) {
            long[][] positions = CodePositions.of(self);
            Object[] items = new Object[positions.length];
            for (int i = 0; i < positions.length; i++) {
                long[] p = positions[i];
                items[i] = new PTuple(new Object[]{orNone(p[0]), orNone(p[1]), orNone(p[2]), orNone(p[3])});
            }
            return new PSequenceIterator(new PTuple(items), items.length);
        }
    }

    /** An iterator of {@code (start, end, line)}: consecutive instructions on one line merged, as CPython does. */
    @Builtin(name = "co_lines", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class LinesNode extends PythonUnaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        static PSequenceIterator doLines(PCode self) {
            long[][] positions = CodePositions.of(self);
            List<Object> items = new ArrayList<>();
            int i = 0;
            while (i < positions.length) {
                int j = i + 1;
                while (j < positions.length && positions[j][0] == positions[i][0]) {
                    j++;
                }
                items.add(new PTuple(new Object[]{2L * i, 2L * j, orNone(positions[i][0])}));
                i = j;
            }
            return new PSequenceIterator(new PTuple(items.toArray()), items.size());
        }
    }

    private static Object orNone(long value) {
        return value < 0 ? PNone.NONE : (Object) value;
    }
}
