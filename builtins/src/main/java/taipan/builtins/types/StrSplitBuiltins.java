package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.str.StrException;
import taipan.runtime.str.StrSplit;
import taipan.runtime.type.BuiltinType;

/** {@code str.split}, {@code rsplit} and {@code splitlines}: the str library's pieces as a new list. */
@CoreFunctions(extendClasses = BuiltinType.STR)
public final class StrSplitBuiltins {

    private StrSplitBuiltins() {
    }

    /** The separator argument: null for None or omitted (split on whitespace), else a str. */
    static TruffleString separator(Node location, Object sep) {
        if (sep instanceof TruffleString s) {
            return s;
        } else if (sep == PNone.NO_VALUE || sep == PNone.NONE) {
            return null;
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "must be str or None, not %s",
                        PythonErrors.typeName(location, sep));
    }

    @Builtin(name = "split", parameterNames = {"self", "sep", "maxsplit"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class SplitNode extends PythonTernaryBuiltinNode {
        @Specialization
        PList doSplit(TruffleString self, Object sep, Object maxsplit) {
            try {
                TruffleString separator = separator(this, sep);
                return new PList(StrSplit.split(self, separator, StrArgs.integer(this, maxsplit, -1)));
            } catch (StrException e) {
                throw StrArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "rsplit", parameterNames = {"self", "sep", "maxsplit"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class RSplitNode extends PythonTernaryBuiltinNode {
        @Specialization
        PList doRSplit(TruffleString self, Object sep, Object maxsplit) {
            try {
                TruffleString separator = separator(this, sep);
                return new PList(StrSplit.rsplit(self, separator, StrArgs.integer(this, maxsplit, -1)));
            } catch (StrException e) {
                throw StrArgs.raise(this, e);
            }
        }
    }

    @Builtin(name = "splitlines", parameterNames = {"self", "keepends"}, minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class SplitLinesNode extends PythonBinaryBuiltinNode {
        @Specialization
        PList doSplitLines(TruffleString self, Object keepends, @Cached PyObjectIsTrueNode isTrue) {
            // keepends is a bool argument: any object, by truth value (3.13's clinic converter)
            boolean keep = keepends != PNone.NO_VALUE && isTrue.execute(keepends);
            return new PList(StrSplit.splitlines(self, keep));
        }
    }
}
