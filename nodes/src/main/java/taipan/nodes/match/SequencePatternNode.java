package taipan.nodes.match;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.language.TaipanLanguage;
import taipan.nodes.StatementNode;
import taipan.nodes.variable.WriteNode;
import taipan.runtime.iterator.PRange;
import taipan.runtime.object.PList;
import taipan.runtime.object.PTuple;

/**
 * {@code [a, b, *rest, z]} or {@code (a, b)}: matches a list, tuple, range or other sequence (never a str, bytes or
 * mapping) of the right length whose items match the sub-patterns; the starred name, if any, gets a new list of the items in between.
 */
public final class SequencePatternNode extends PatternNode {

    /** Without the starred one; those at index {@code starIndex} and after match the items after the star. */
    @Children private final PatternNode[] patterns;
    /** The star's position among the elements, or -1 without one. */
    private final int starIndex;
    /** Null without a star or for {@code *_}; else a {@link WriteNode}. */
    @Child private StatementNode starBind;

    public SequencePatternNode(PatternNode[] patterns, int starIndex, StatementNode starBind) {
        this.patterns = patterns;
        this.starIndex = starIndex;
        this.starBind = starBind;
    }

    @Override
    public boolean match(VirtualFrame frame, Object subject) {
        Object[] items;
        if (subject instanceof PTuple tuple) {
            items = tuple.getItems();
        } else if (subject instanceof PList list) {
            items = list.getStorage().toArray(TaipanLanguage.get(this).threadingMode());
        } else if (subject instanceof PRange range) {
            if (starIndex < 0 && range.length() != patterns.length) {
                return false; // checked first: a long range need not be materialised to fail
            }
            items = rangeItems(range);
        } else if (MatchCollections.flags(this, subject) == MatchCollections.SEQUENCE) {
            items = MatchCollections.sequenceItems(this, subject, patterns.length, starIndex >= 0);
            if (items == null) {
                return false;
            }
        } else {
            return false;
        }
        if (starIndex < 0 ? items.length != patterns.length : items.length < patterns.length) {
            return false;
        }
        return matchItems(frame, items);
    }

    @ExplodeLoop
    private boolean matchItems(VirtualFrame frame, Object[] items) {
        int after = items.length - patterns.length; // how many items the star takes
        for (int i = 0; i < patterns.length; i++) {
            int index = starIndex >= 0 && i >= starIndex ? i + after : i;
            if (!patterns[i].match(frame, items[index])) {
                return false;
            }
        }
        if (starBind != null) {
            ((WriteNode) starBind).executeWrite(frame, new PList(slice(items, starIndex, starIndex + after)));
        }
        return true;
    }

    @TruffleBoundary
    private static Object[] rangeItems(PRange range) {
        int n = (int) Math.min(range.length(), Integer.MAX_VALUE - 8);
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) {
            items[i] = range.getStart() + i * range.getStep();
        }
        return items;
    }

    private static Object[] slice(Object[] items, int from, int to) {
        return Arrays.copyOfRange(items, from, to);
    }
}
