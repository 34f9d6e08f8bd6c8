package taipan.runtime.type;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import taipan.runtime.object.PEllipsis;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.Repr;

/** {@code types.GenericAlias}: a built-in class subscripted ({@code list[int]}), as CPython's {@code genericaliasobject.c}. */
public final class PGenericAlias {

    private final Object origin;
    private final PTuple args;
    /** {@code *tuple[int, ...]}: the alias unpacked (PEP 646), as iterating a {@code GenericAlias} gives. */
    private final boolean starred;

    public PGenericAlias(Object origin, Object argument) {
        this(origin, argument, false);
    }

    public PGenericAlias(Object origin, Object argument, boolean starred) {
        this.origin = origin;
        this.args = argument instanceof PTuple t ? t : new PTuple(new Object[]{argument});
        this.starred = starred;
    }

    public boolean isStarred() {
        return starred;
    }

    public Object getOrigin() {
        return origin;
    }

    public PTuple getArgs() {
        return args;
    }

    @TruffleBoundary
    public boolean sameAs(PGenericAlias other) {
        if (origin != other.origin || starred != other.starred || args.length() != other.args.length()) {
            return false;
        }
        for (int i = 0; i < args.length(); i++) {
            Object a = args.getItems()[i];
            Object b = other.args.getItems()[i];
            if (a != b && !(a instanceof PGenericAlias ga && b instanceof PGenericAlias gb && ga.sameAs(gb))) {
                return false;
            }
        }
        return true;
    }

    /** CPython's {@code ga_repr}: classes by qualified name, {@code ...} for Ellipsis. */
    @Override
    @TruffleBoundary
    public String toString() {
        StringBuilder sb = new StringBuilder(starred ? "*" : "").append(itemRepr(origin)).append('[');
        Object[] items = args.getItems();
        if (items.length == 0) {
            sb.append("()");
        }
        for (int i = 0; i < items.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(itemRepr(items[i]));
        }
        return sb.append(']').toString();
    }

    static String itemRepr(Object item) {
        if (item == PEllipsis.ELLIPSIS) {
            return "...";
        } else if (item instanceof PythonClass c) {
            String module = c.getModuleName();
            return module == null || module.equals("builtins") ? c.getQualname() : module + "." + c.getQualname();
        }
        return Repr.repr(item);
    }
}
