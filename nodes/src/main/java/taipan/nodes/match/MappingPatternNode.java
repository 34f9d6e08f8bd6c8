package taipan.nodes.match;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.StatementNode;
import taipan.nodes.variable.WriteNode;
import taipan.runtime.dict.DictStorage;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.threading.ThreadingMode;

/**
 * {@code {key: pattern, ..., **rest}}: matches a dict (or another mapping, through its {@code get}) that has every key with a value matching its pattern; the
 * {@code **rest} name gets a new dict of the other items.
 */
public final class MappingPatternNode extends PatternNode {

    @Children private final ExpressionNode[] keys;
    @Children private final PatternNode[] patterns;
    /** Null without {@code **rest}; else a {@link WriteNode}. */
    @Child private StatementNode restBind;

    public MappingPatternNode(ExpressionNode[] keys, PatternNode[] patterns, StatementNode restBind) {
        this.keys = keys;
        this.patterns = patterns;
        this.restBind = restBind;
    }

    @Override
    @ExplodeLoop
    public boolean match(VirtualFrame frame, Object subject) {
        if (!(subject instanceof PDict dict)) {
            return MatchCollections.flags(this, subject) == MatchCollections.MAPPING && matchGeneric(frame, subject);
        }
        ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
        Object[] keyValues = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keyValues[i] = keys[i].executeGeneric(frame);
            Object value = lookup(dict, mode, keyValues[i]);
            if (value == null || !patterns[i].match(frame, value)) {
                return false;
            }
        }
        if (restBind != null) {
            ((WriteNode) restBind).executeWrite(frame, rest(dict, mode, keyValues));
        }
        return true;
    }

    /** A mapping other than a dict: its {@code get} for each key, {@code dict(subject)} for {@code **rest}. */
    @ExplodeLoop
    private boolean matchGeneric(VirtualFrame frame, Object subject) {
        Object[] keyValues = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keyValues[i] = keys[i].executeGeneric(frame);
            Object value = MatchCollections.mappingGet(this, subject, keyValues[i]);
            if (value == null || !patterns[i].match(frame, value)) {
                return false;
            }
        }
        if (restBind != null) {
            ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
            ((WriteNode) restBind).executeWrite(frame, rest(MatchCollections.mappingCopy(this, subject), mode, keyValues));
        }
        return true;
    }

    @TruffleBoundary
    private static Object lookup(PDict dict, ThreadingMode mode, Object key) {
        return dict.getStorage().get(mode, new BuiltinEquality(mode), key);
    }

    @TruffleBoundary
    private static PDict rest(PDict dict, ThreadingMode mode, Object[] matchedKeys) {
        DictStorage copy = dict.getStorage().copy(mode);
        for (Object key : matchedKeys) {
            copy.delete(mode, new BuiltinEquality(mode), key);
        }
        return new PDict(copy);
    }
}
