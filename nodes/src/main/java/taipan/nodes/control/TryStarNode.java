package taipan.nodes.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.StatementNode;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * {@code try: body except* T as e: ... else: orelse} (PEP 654). Each clause takes the part of the group that its
 * type matches (a naked exception is wrapped in a group first) and the rest flows on to the next clause; what is
 * left unhandled and what the clauses re-raise is re-raised as the matching part of the original group, beside
 * anything the clauses raised anew (CPython's {@code _PyExc_PrepReraiseStar}).
 */
public final class TryStarNode extends StatementNode {

    @Child private StatementNode body;
    @Children private final ExceptHandlerNode[] handlers;
    /** Null without {@code else}. */
    @Child private StatementNode orelse;

    public TryStarNode(StatementNode body, ExceptHandlerNode[] handlers, StatementNode orelse) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            handle(frame, e);
            return;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    @ExplodeLoop
    private void handle(VirtualFrame frame, PException e) {
        PBaseException original = e.getPythonException();
        PBaseException rest = original;
        List<Object> raised = newList();
        for (ExceptHandlerNode handler : handlers) {
            if (rest == null) {
                break;
            }
            Object type = handler.starType(frame);
            PBaseException[] parts = match(this, rest, type);
            if (parts[0] == null) {
                continue;
            }
            rest = parts[1];
            PException carrier = PException.unchained(parts[0], handler);
            try {
                handler.run(frame, carrier);
            } catch (PException r) {
                add(raised, r);
            }
        }
        PException result = reraise(this, e, raised, rest);
        if (result != null) {
            throw result;
        }
    }

    @TruffleBoundary
    private static List<Object> newList() {
        return new ArrayList<>();
    }

    @TruffleBoundary
    private static void add(List<Object> list, Object value) {
        list.add(value);
    }

    /** CPython's {@code exception_group_match}: {match, rest}; a naked exception that matches is wrapped. */
    @TruffleBoundary
    static PBaseException[] match(Node location, PBaseException exception, Object type) {
        ExceptionGroups.Matcher matcher = ExceptionGroups.matcher(location, type);
        if (matcher.matches(exception)) {
            if (ExceptionGroups.isGroup(exception)) {
                return new PBaseException[]{exception, null};
            }
            PythonClass base = TaipanLanguage.get(location).getBuiltinClass(BuiltinType.BASE_EXCEPTION_GROUP);
            PBaseException wrapped = ExceptionGroups.create(location, base, new PTuple(new Object[]{
                            taipan.runtime.str.PyStrings.of(""), new PTuple(new Object[]{exception})}));
            wrapped.copyTracebackFrom(exception);
            return new PBaseException[]{wrapped, null};
        } else if (ExceptionGroups.isGroup(exception)) {
            return ExceptionGroups.split(location, exception, matcher, true);
        }
        return new PBaseException[]{null, exception};
    }

    /**
     * {@code _PyExc_PrepReraiseStar}: what leaves the statement, or null when every part was handled. Clauses'
     * re-raises (their own match) and the unhandled rest are kept as the original group's projection onto their
     * leaves; new exceptions join it in a new group, or leave alone when there is nothing else.
     */
    @TruffleBoundary
    static PException reraise(Node location, PException caught, List<Object> raised, PBaseException rest) {
        PBaseException original = caught.getPythonException();
        if (!ExceptionGroups.isGroup(original)) {
            // a naked exception: at most one clause ran, so one thing at most leaves
            if (!raised.isEmpty()) {
                return (PException) raised.get(0);
            }
            return rest == null ? null : caught;
        }
        Set<PBaseException> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> fresh = new ArrayList<>();
        if (rest != null) {
            collectLeaves(rest, keep);
        }
        for (Object r : raised) {
            PException carrier = (PException) r;
            PBaseException exc = carrier.getPythonException();
            if (isPartOf(exc, original)) {
                collectLeaves(exc, keep);
            } else {
                fresh.add(carrier);
            }
        }
        PBaseException kept = keep.isEmpty() ? null
                        : ExceptionGroups.split(location, original, e -> !ExceptionGroups.isGroup(e) && keep.contains(e), false)[0];
        if (fresh.isEmpty()) {
            return kept == null ? null : kept == original ? caught : PException.unchained(kept, location);
        } else if (fresh.size() == 1 && kept == null) {
            return (PException) fresh.get(0);
        }
        List<Object> all = new ArrayList<>();
        for (Object f : fresh) {
            all.add(((PException) f).getPythonException());
        }
        if (kept != null) {
            all.add(kept);
        }
        PythonClass base = TaipanLanguage.get(location).getBuiltinClass(BuiltinType.BASE_EXCEPTION_GROUP);
        PBaseException group = ExceptionGroups.create(location, base, new PTuple(new Object[]{
                        taipan.runtime.str.PyStrings.of(""), new taipan.runtime.object.PList(all.toArray())}));
        return PException.unchained(group, location);
    }

    /** Whether {@code exc} is the original group or a part of it that a clause re-raised (its leaves all in it). */
    private static boolean isPartOf(PBaseException exc, PBaseException original) {
        if (exc == original) {
            return true;
        } else if (!ExceptionGroups.isGroup(exc)) {
            return false;
        }
        Set<PBaseException> all = Collections.newSetFromMap(new IdentityHashMap<>());
        collectLeaves(original, all);
        Set<PBaseException> mine = Collections.newSetFromMap(new IdentityHashMap<>());
        collectLeaves(exc, mine);
        return all.containsAll(mine) && exc.getTracebackCarrier() == original.getTracebackCarrier();
    }

    private static void collectLeaves(PBaseException exc, Set<PBaseException> into) {
        if (ExceptionGroups.isGroup(exc)) {
            for (Object sub : ExceptionGroups.exceptions(exc)) {
                collectLeaves((PBaseException) sub, into);
            }
        } else {
            into.add(exc);
        }
    }
}
