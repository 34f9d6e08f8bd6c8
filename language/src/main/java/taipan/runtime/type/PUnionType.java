package taipan.runtime.type;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;

/** {@code types.UnionType}: {@code int | str}, its members flattened and de-duplicated as CPython's unionobject.c. */
public final class PUnionType {

    private final PTuple args;

    private PUnionType(PTuple args) {
        this.args = args;
    }

    public PTuple getArgs() {
        return args;
    }

    /** Whether {@code value} may stand on either side of a type union ({@code None} is {@code NoneType}). */
    public static boolean isUnionable(Object value) {
        return value instanceof PythonClass || value == PNone.NONE || value instanceof PGenericAlias ||
                        value instanceof PUnionType;
    }

    /** {@code left | right}, both unionable: a single member left after de-duplication is itself ({@code int | int}). */
    @TruffleBoundary
    public static Object of(Object left, Object right, PythonClass noneType) {
        List<Object> members = new ArrayList<>();
        add(members, left, noneType);
        add(members, right, noneType);
        return members.size() == 1 ? members.get(0) : new PUnionType(new PTuple(members.toArray()));
    }

    /** CPython's {@code union_richcompare}: equal when both have the same members, in any order. */
    @TruffleBoundary
    public boolean sameMembers(PUnionType other) {
        Object[] mine = args.getItems();
        Object[] theirs = other.args.getItems();
        return containsAll(mine, theirs) && containsAll(theirs, mine);
    }

    private static boolean containsAll(Object[] items, Object[] wanted) {
        for (Object w : wanted) {
            boolean found = false;
            for (Object item : items) {
                found |= item == w || item instanceof PGenericAlias a && w instanceof PGenericAlias b && a.sameAs(b);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Order-independent, as {@code hash(frozenset(args))} is. */
    @TruffleBoundary
    public long membersHash() {
        long h = 0;
        for (Object item : args.getItems()) {
            h ^= item instanceof PGenericAlias a ? System.identityHashCode(a.getOrigin()) : System.identityHashCode(item);
        }
        return h;
    }

    private static void add(List<Object> members, Object value, PythonClass noneType) {
        if (value instanceof PUnionType u) {
            for (Object item : u.args.getItems()) {
                add(members, item, noneType);
            }
            return;
        }
        Object member = value == PNone.NONE ? noneType : value;
        for (Object existing : members) {
            if (existing == member) {
                return;
            }
        }
        members.add(member);
    }

    /** CPython's {@code union_repr}: the members joined by {@code " | "}, {@code NoneType} shown as {@code None}. */
    @Override
    @TruffleBoundary
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Object item : args.getItems()) {
            if (!sb.isEmpty()) {
                sb.append(" | ");
            }
            boolean none = item instanceof PythonClass c && c.getBuiltinType() == BuiltinType.NONE_TYPE;
            sb.append(none ? "None" : PGenericAlias.itemRepr(item));
        }
        return sb.toString();
    }
}
