package taipan.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PBuiltinMethod;
import taipan.runtime.iterator.PCallableIterator;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.PMappingProxy;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.sre.PSrePattern;
import taipan.runtime.sre.PSreScanner;
import taipan.runtime.sre.SreException;
import taipan.runtime.sre.SreMatch;
import taipan.runtime.sre.SreScanner;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code re.Pattern}: matching and searching methods and the read-only attributes. */
@CoreFunctions(extendClasses = BuiltinType.SRE_PATTERN)
public final class SrePatternBuiltins {

    private SrePatternBuiltins() {
    }

    /** How match, fullmatch and search run the engine. */
    enum Mode {
        MATCH,
        FULLMATCH,
        SEARCH
    }

    @TruffleBoundary
    static Object run(Node node, Mode mode, PSrePattern self, Object string, Object pos, Object endpos) {
        int[] subject = SreArgs.subject(node, self, string);
        long start = SreArgs.position(node, pos, 0);
        long end = SreArgs.position(node, endpos, Long.MAX_VALUE);
        try {
            SreMatch m = switch (mode) {
                case MATCH -> self.getEngine().match(subject, start, end);
                case FULLMATCH -> self.getEngine().fullmatch(subject, start, end);
                case SEARCH -> self.getEngine().search(subject, start, end);
            };
            return SreArgs.newMatch(node, self, string, subject, m);
        } catch (SreException e) {
            throw SreArgs.engineError(node, e);
        }
    }

    @Builtin(name = "match", parameterNames = {"self", "string", "pos", "endpos"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false)
    abstract static class MatchNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doIt(PSrePattern self, Object string, Object pos, Object endpos) {
            return run(this, Mode.MATCH, self, string, pos, endpos);
        }
    }

    @Builtin(name = "fullmatch", parameterNames = {"self", "string", "pos", "endpos"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false)
    abstract static class FullMatchNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doIt(PSrePattern self, Object string, Object pos, Object endpos) {
            return run(this, Mode.FULLMATCH, self, string, pos, endpos);
        }
    }

    @Builtin(name = "search", parameterNames = {"self", "string", "pos", "endpos"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false)
    abstract static class SearchNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doIt(PSrePattern self, Object string, Object pos, Object endpos) {
            return run(this, Mode.SEARCH, self, string, pos, endpos);
        }
    }

    @TruffleBoundary
    static PSreScanner scanner(Node node, PSrePattern self, Object string, Object pos, Object endpos) {
        int[] subject = SreArgs.subject(node, self, string);
        SreScanner scanner = self.getEngine().scanner(subject, SreArgs.position(node, pos, 0),
                        SreArgs.position(node, endpos, Long.MAX_VALUE));
        PythonClass cls = TaipanLanguage.get(node).getBuiltinClass(BuiltinType.SRE_SCANNER);
        return new PSreScanner(cls.getInstanceShape(), scanner, self, string, subject);
    }

    @Builtin(name = "scanner", parameterNames = {"self", "string", "pos", "endpos"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false)
    abstract static class ScannerNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doIt(PSrePattern self, Object string, Object pos, Object endpos) {
            return scanner(this, self, string, pos, endpos);
        }
    }

    @Builtin(name = "finditer", parameterNames = {"self", "string", "pos", "endpos"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false)
    abstract static class FindIterNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PSrePattern self, Object string, Object pos, Object endpos) {
            PSreScanner scanner = scanner(this, self, string, pos, endpos);
            PythonClass cls = TaipanLanguage.get(this).getBuiltinClass(BuiltinType.SRE_SCANNER);
            PBuiltinFunction search = (PBuiltinFunction) cls.getOwnAttribute("search");
            return new PCallableIterator(new PBuiltinMethod(scanner, search), PNone.NONE);
        }
    }

    @Builtin(name = "findall", parameterNames = {"self", "string", "pos", "endpos"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false)
    abstract static class FindAllNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        PList doIt(PSrePattern self, Object string, Object pos, Object endpos) {
            return SreSubstitution.findAll(this, self, string, SreArgs.position(this, pos, 0),
                            SreArgs.position(this, endpos, Long.MAX_VALUE));
        }
    }

    @Builtin(name = "split", parameterNames = {"self", "string", "maxsplit"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false)
    abstract static class SplitNode extends PythonTernaryBuiltinNode {
        @Specialization
        PList doIt(PSrePattern self, Object string, Object maxsplit) {
            return SreSubstitution.split(this, self, string, SreArgs.position(this, maxsplit, 0));
        }
    }

    @Builtin(name = "sub", parameterNames = {"self", "repl", "string", "count"}, minNumOfPositionalArgs = 3,
                    positionalOnly = false)
    abstract static class SubNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doIt(PSrePattern self, Object repl, Object string, Object count) {
            return SreSubstitution.sub(this, self, repl, string, SreArgs.position(this, count, 0), false);
        }
    }

    @Builtin(name = "subn", parameterNames = {"self", "repl", "string", "count"}, minNumOfPositionalArgs = 3,
                    positionalOnly = false)
    abstract static class SubnNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doIt(PSrePattern self, Object repl, Object string, Object count) {
            return SreSubstitution.sub(this, self, repl, string, SreArgs.position(this, count, 0), true);
        }
    }

    /** Wrapped in a property by {@link SreModuleSetup}. */
    @Builtin(name = "pattern", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class PatternNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PSrePattern self) {
            return self.getPattern();
        }
    }

    /** Wrapped in a property by {@link SreModuleSetup}. */
    @Builtin(name = "flags", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class FlagsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doIt(PSrePattern self) {
            return self.getFlags();
        }
    }

    /** Wrapped in a property by {@link SreModuleSetup}. */
    @Builtin(name = "groups", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class GroupsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doIt(PSrePattern self) {
            return self.getGroups();
        }
    }

    /** Wrapped in a property by {@link SreModuleSetup}: a read-only view, or a new empty dict without names. */
    @Builtin(name = "groupindex", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class GroupIndexNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PSrePattern self) {
            PDict names = self.getGroupindex();
            if (names.getStorage().length(TaipanLanguage.get(this).threadingMode()) == 0) {
                return new PDict();
            }
            return new PMappingProxy(names);
        }
    }

    static PTuple pair(long a, long b) {
        return new PTuple(new Object[]{a, b});
    }
}
