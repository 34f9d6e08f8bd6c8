package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.object.SlowCompare;
import taipan.runtime.function.PCell;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.type.BuiltinType;

/**
 * {@code types.CellType}: the constructor ({@code CellType()} is empty, {@code CellType(x)} holds x) and the
 * comparisons, which compare the contents, an empty cell below any full one (Objects/cellobject.c).
 */
@CoreFunctions(extendClasses = BuiltinType.CELL)
public final class CellBuiltins {

    private CellBuiltins() {
    }

    @Builtin(name = "cell", parameterNames = {"cls", "contents"}, minNumOfPositionalArgs = 1,
                    constructsClass = BuiltinType.CELL)
    abstract static class CellNode extends PythonBinaryBuiltinNode {
        @Specialization
        static PCell doCreate(@SuppressWarnings("unused") Object cls, Object contents) {
            return new PCell(contents == PNone.NO_VALUE ? null : contents);
        }
    }

    /** CPython's cell_richcompare: both full compare their contents, else full-ness decides. */
    @TruffleBoundary
    static Object compare(Node location, Object self, Object other, String op) {
        if (!(self instanceof PCell a) || !(other instanceof PCell b)) {
            return PNotImplemented.NOT_IMPLEMENTED;
        }
        Object x = a.get();
        Object y = b.get();
        if (x != null && y != null) {
            return SlowCompare.compare(location, x, y, op);
        }
        int c = Boolean.compare(x != null, y != null);
        return switch (op) {
            case "==" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    @Builtin(name = "__eq__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doCompare(Object self, Object other) {
            return compare(this, self, other, "==");
        }
    }

    @Builtin(name = "__ne__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doCompare(Object self, Object other) {
            return compare(this, self, other, "!=");
        }
    }

    @Builtin(name = "__lt__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class LtNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doCompare(Object self, Object other) {
            return compare(this, self, other, "<");
        }
    }

    @Builtin(name = "__le__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class LeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doCompare(Object self, Object other) {
            return compare(this, self, other, "<=");
        }
    }

    @Builtin(name = "__gt__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class GtNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doCompare(Object self, Object other) {
            return compare(this, self, other, ">");
        }
    }

    @Builtin(name = "__ge__", parameterNames = {"self", "other"}, minNumOfPositionalArgs = 2)
    abstract static class GeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doCompare(Object self, Object other) {
            return compare(this, self, other, ">=");
        }
    }
}
