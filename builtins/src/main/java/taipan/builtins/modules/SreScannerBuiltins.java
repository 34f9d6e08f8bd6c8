package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.sre.PSreScanner;
import taipan.runtime.sre.SreException;
import taipan.runtime.type.BuiltinType;

/** {@code _sre.SRE_Scanner}: match() and search() step through the subject; {@code pattern} is a property. */
@CoreFunctions(extendClasses = BuiltinType.SRE_SCANNER)
public final class SreScannerBuiltins {

    private SreScannerBuiltins() {
    }

    @TruffleBoundary
    static Object next(Node node, PSreScanner self, boolean search) {
        try {
            return SreArgs.newMatch(node, self.getPattern(), self.getString(), self.getSubject(), self.next(search));
        } catch (SreException e) {
            throw SreArgs.engineError(node, e);
        }
    }

    @Builtin(name = "match", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class MatchNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PSreScanner self) {
            return next(this, self, false);
        }
    }

    @Builtin(name = "search", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class SearchNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PSreScanner self) {
            return next(this, self, true);
        }
    }

    /** Wrapped in a property by {@link SreModuleSetup}. */
    @Builtin(name = "pattern", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class PatternNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PSreScanner self) {
            return self.getPattern();
        }
    }
}
