package taipan.runtime.function;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.StandardTags.StatementTag;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeUtil;
import com.oracle.truffle.api.source.SourceSection;

/**
 * What {@code code.co_positions()} and {@code code.co_lines()} report. Taipan has no bytecode, so an
 * "instruction" is a source span: a traceback frame's code has the one span where the exception passed (its
 * {@code tb_lasti} is 0), any other code one span per statement of its body, in source order. A position is
 * CPython's {@code (line, end_line, column, end_column)}, columns as 0-based UTF-8 byte offsets, -1 for None.
 */
public final class CodePositions {

    /** The spans recorded for traceback frames' code objects (weak keys: they live as long as the traceback). */
    private static final Map<PCode, long[][]> RECORDED = Collections.synchronizedMap(new WeakHashMap<>());

    private CodePositions() {
    }

    /** Gives {@code code} the single instruction {@code section} (where a traceback frame was). */
    @TruffleBoundary
    public static void record(PCode code, SourceSection section) {
        RECORDED.put(code, new long[][]{position(section)});
    }

    /** The positions of {@code code}'s instructions, in order. */
    @TruffleBoundary
    public static long[][] of(PCode code) {
        long[][] recorded = RECORDED.get(code);
        if (recorded != null) {
            return recorded;
        }
        List<long[]> positions = new ArrayList<>();
        if (code.getCallTarget() instanceof RootCallTarget target) {
            NodeUtil.forEachChild(target.getRootNode(), child -> collect(child, positions));
        }
        positions.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[2], b[2]));
        return positions.toArray(new long[0][]);
    }

    private static boolean collect(Node node, List<long[]> positions) {
        if (node instanceof InstrumentableNode i && i.isInstrumentable() && i.hasTag(StatementTag.class)
                        && !(node instanceof InstrumentableNode.WrapperNode)) {
            SourceSection section = node.getSourceSection();
            if (section != null && section.isAvailable()) {
                positions.add(position(section));
            }
        }
        if (node instanceof com.oracle.truffle.api.nodes.RootNode) {
            return true; // a nested function's body is its own code object
        }
        NodeUtil.forEachChild(node, child -> collect(child, positions));
        return true;
    }

    /** {@code (line, end_line, col, end_col)} of a source span; columns in UTF-8 bytes, as CPython counts them. */
    static long[] position(SourceSection section) {
        if (section == null || !section.isAvailable()) {
            return new long[]{-1, -1, -1, -1};
        }
        int line = section.getStartLine();
        int endLine = section.getEndLine();
        CharSequence startText = section.getSource().getCharacters(line);
        CharSequence endText = section.getSource().getCharacters(endLine);
        long col = utf8Length(startText, section.getStartColumn() - 1);
        long endCol = utf8Length(endText, section.getEndColumn());
        return new long[]{line, endLine, col, endCol};
    }

    private static long utf8Length(CharSequence text, int chars) {
        int n = Math.max(0, Math.min(chars, text.length()));
        return text.subSequence(0, n).toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
