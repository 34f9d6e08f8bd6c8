package taipan.runtime.str;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * The str nodes inlined into a parent node, as the interpreter will use them: the specialising (cached) code must
 * agree with the uncached code the oracle tests check, including after specialisations widen.
 */
class StrNodesCachedTest {

    /** A parent node that inlines every str node. */
    @GenerateInline(false)
    abstract static class ProbeNode extends Node {

        abstract Object execute(String op, TruffleString a, Object b);

        @Specialization
        static Object probe(String op, TruffleString a, Object b,
                        @Bind("$node") Node node,
                        @Cached StrFindNode find,
                        @Cached StrRFindNode rfind,
                        @Cached StrCountNode count,
                        @Cached StrContainsNode contains,
                        @Cached StrTailMatchNode tail,
                        @Cached StrSplitNode split,
                        @Cached StrReplaceNode replace,
                        @Cached StrStripNode strip,
                        @Cached StrJoinNode join,
                        @Cached StrSliceNode slice,
                        @Cached StrConcatNode concat,
                        @Cached StrRepeatNode repeat) {
            TruffleString s = b instanceof TruffleString t ? t : null;
            return switch (op) {
                case "find" -> find.execute(node, a, s, 0, Long.MAX_VALUE);
                case "rfind" -> rfind.execute(node, a, s, 1, -1);
                case "count" -> count.execute(node, a, s, 0, Long.MAX_VALUE);
                case "contains" -> contains.execute(node, a, s);
                case "startswith" -> tail.execute(node, a, b, 0, Long.MAX_VALUE, false);
                case "endswith" -> tail.execute(node, a, b, 0, Long.MAX_VALUE, true);
                case "split" -> Arrays.asList(split.execute(node, a, s, -1));
                case "replace" -> replace.execute(node, a, s, StrCodePoints.of("<>"), -1);
                case "strip" -> strip.execute(node, a, s, StrStripNode.BOTH);
                case "join" -> join.execute(node, a, new Object[]{s, s, s}, 3);
                case "slice" -> slice.execute(node, a, -1, Long.MIN_VALUE, -2);
                case "concat" -> concat.execute(node, a, s);
                case "repeat" -> repeat.execute(node, a, 3);
                default -> throw new IllegalArgumentException(op);
            };
        }
    }

    @Test
    void inlinedNodesAgreeWithUncachedOnes() {
        ProbeNode probe = StrNodesCachedTestFactory.ProbeNodeGen.create();
        String[] texts = {"", "a b", " hello world ", "abcabc", "😀x😀", "日本語"};
        Object[] args = {null, StrCodePoints.of(""), StrCodePoints.of("b"), StrCodePoints.of("😀"), StrCodePoints.of(" "),
            new Object[]{StrCodePoints.of("a"), StrCodePoints.of("😀")}};
        String[] ops = {"find", "rfind", "count", "contains", "startswith", "endswith", "split", "replace", "strip", "join", "slice", "concat",
            "repeat"};
        int checked = 0;
        for (int round = 0; round < 3; round++) {
            for (String op : ops) {
                for (String text : texts) {
                    for (Object arg : args) {
                        if (!applicable(op, arg)) {
                            continue;
                        }
                        TruffleString a = StrCodePoints.of(text);
                        assertEquals(outcome(() -> uncached(op, a, arg)), outcome(() -> probe.execute(op, a, arg)), op + " " + text + " " + arg);
                        checked++;
                    }
                }
            }
        }
        // Per text and round: 9 ops take the 4 strs, split and strip also None, the tail matches also a tuple.
        assertEquals(3 * 6 * (9 * 4 + 2 * 5 + 2 * 6), checked, "cases run");
    }

    private static boolean applicable(String op, Object arg) {
        boolean nullable = op.equals("split") || op.equals("strip") || op.startsWith("starts") || op.startsWith("ends");
        boolean tupleOk = op.startsWith("starts") || op.startsWith("ends");
        return (arg != null || nullable) && (!(arg instanceof Object[]) || tupleOk);
    }

    private static String outcome(java.util.function.Supplier<Object> f) {
        try {
            return OracleCodec.result(f.get());
        } catch (StrException e) {
            return e.getPythonType() + ": " + e.getMessage();
        }
    }

    private static Object uncached(String op, TruffleString a, Object b) {
        TruffleString s = b instanceof TruffleString t ? t : null;
        return switch (op) {
            case "find" -> StrFindNodeGen.getUncached().execute(null, a, s, 0, Long.MAX_VALUE);
            case "rfind" -> StrRFindNodeGen.getUncached().execute(null, a, s, 1, -1);
            case "count" -> StrCountNodeGen.getUncached().execute(null, a, s, 0, Long.MAX_VALUE);
            case "contains" -> StrContainsNodeGen.getUncached().execute(null, a, s);
            case "startswith" -> StrTailMatchNodeGen.getUncached().execute(null, a, b, 0, Long.MAX_VALUE, false);
            case "endswith" -> StrTailMatchNodeGen.getUncached().execute(null, a, b, 0, Long.MAX_VALUE, true);
            case "split" -> Arrays.asList(StrSplit.split(a, s, -1));
            case "replace" -> StrReplace.replace(a, s, StrCodePoints.of("<>"), -1);
            case "strip" -> StrStrip.strip(a, s);
            case "join" -> StrJoin.join(a, new Object[]{s, s, s});
            case "slice" -> StrSliceNodeGen.getUncached().execute(null, a, -1, Long.MIN_VALUE, -2);
            case "concat" -> StrConcatNodeGen.getUncached().execute(null, a, s);
            case "repeat" -> StrRepeatNodeGen.getUncached().execute(null, a, 3);
            default -> throw new IllegalArgumentException(op);
        };
    }
}
