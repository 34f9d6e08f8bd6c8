package taipan.runtime.object;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PBuiltinMethod;
import taipan.runtime.function.PFunction;
import taipan.runtime.module.PythonModule;
import taipan.runtime.format.DoubleFormat;
import taipan.runtime.format.StrRepr;
import taipan.runtime.type.PythonClass;

/**
 * {@code str()} and {@code repr()} of built-in values on slow paths, as Java text; the nodes
 * {@code PyObjectStrNode}/{@code PyObjectReprNode} have the fast paths and fall back here.
 */
public final class Repr {

    private Repr() {
    }

    private static boolean userMetaclassMethod(taipan.runtime.type.PythonClass cls, String name) {
        return !cls.getMetaclass().isBuiltin() &&
                        cls.getMetaclass().lookup(name) instanceof taipan.runtime.function.PFunction;
    }

    @TruffleBoundary
    public static String repr(Object value) {
        if (value instanceof taipan.runtime.type.PythonClass c && userMetaclassMethod(c, "__repr__")) {
            return ObjectRepr.callText(value, "__repr__");
        }
        if (value instanceof PythonObject o && !(value instanceof PBaseException && o.getPythonClass().isBuiltin())) {
            return ObjectRepr.repr(o);
        }
        if (value instanceof taipan.runtime.type.PGenericAlias || value instanceof taipan.runtime.type.PUnionType) {
            return value.toString();
        }
        String container = ContainerRepr.repr(value);
        if (container != null) {
            return container;
        }
        if (value instanceof TruffleString s) {
            return taipan.runtime.str.StrRepr.repr(s).toJavaStringUncached();
        } else if (value instanceof taipan.runtime.bytes.PBytesLike b) {
            return b.toString();
        } else if (value instanceof PTuple t) {
            String structSequence = StructSequences.repr(t);
            return structSequence != null ? structSequence : tupleRepr(t);
        } else if (value instanceof PList l) {
            return listRepr(l);
        } else if (value instanceof PBaseException e) {
            return taipan.runtime.exception.ExceptionText.repr(e);
        }
        return str(value);
    }

    @TruffleBoundary
    public static String str(Object value) {
        if (value instanceof taipan.runtime.type.PGenericAlias || value instanceof taipan.runtime.type.PUnionType) {
            return value.toString();
        }
        if (value instanceof taipan.runtime.type.PythonClass c && (userMetaclassMethod(c, "__str__") ||
                        userMetaclassMethod(c, "__repr__"))) {
            return ObjectRepr.callText(value, userMetaclassMethod(c, "__str__") ? "__str__" : "__repr__");
        }
        if (value instanceof PythonObject o && !(value instanceof PBaseException && o.getPythonClass().isBuiltin())) {
            return ObjectRepr.str(o);
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (value instanceof Long || value instanceof BigInteger) {
            return value.toString();
        } else if (value instanceof Double d) {
            return DoubleFormat.repr(d);
        } else if (value instanceof TruffleString s) {
            return s.toJavaStringUncached();
        } else if (value instanceof PMappingProxy p) {
            return str(p.getMapping());
        } else if (value instanceof taipan.runtime.math.Complex c) {
            return taipan.runtime.format.ComplexFormat.repr(c.real(), c.imag());
        } else if (value instanceof taipan.runtime.iterator.PBuiltinIterator i) {
            return i.repr();
        } else if (value == PNone.NONE) {
            return "None";
        } else if (value instanceof PTuple t) {
            return StructSequences.repr(t) instanceof String structSequence ? structSequence : tupleRepr(t);
        } else if (value instanceof PList l) {
            return listRepr(l);
        } else if (value instanceof taipan.runtime.bytes.PBytesLike b) {
            return b.toString();
        } else if (ContainerRepr.repr(value) instanceof String container) {
            return container;
        } else if (value instanceof PythonClass c) {
            return c.toString();
        } else if (value instanceof taipan.runtime.function.PMethod m) {
            String name = m.getFunction() instanceof PFunction f ? f.getQualname() : "?";
            return "<bound method " + name + " of " + repr(m.getSelf()) + ">";
        } else if (value == PNotImplemented.NOT_IMPLEMENTED) {
            return "NotImplemented";
        } else if (value == PEllipsis.ELLIPSIS) {
            return "Ellipsis";
        } else if (value instanceof PMappingProxy p) {
            return "mappingproxy(" + repr(p.getMapping()) + ")";
        } else if (value instanceof taipan.runtime.bytes.PMemoryView m) {
            return m.toString();
        } else if (value instanceof PBuiltinFunction f) {
            return f.toString();
        } else if (value instanceof PBuiltinMethod m && m.getFunction().isSlotWrapper()) {
            Object self = m.getSelf();
            String owner = self instanceof PythonObject o ? o.getPythonClass().getName()
                            : PythonTypes.builtinTypeOf(self).getPythonName();
            return "<method-wrapper '" + m.getFunction().getName() + "' of " + owner + " object at 0x"
                            + Integer.toHexString(System.identityHashCode(self)) + ">";
        } else if (value instanceof PBuiltinMethod m) {
            return "<built-in method " + m.getFunction().getName() + " of " + PythonTypes.builtinTypeOf(m.getSelf()).getPythonName()
                            + " object at 0x" + Integer.toHexString(System.identityHashCode(m.getSelf())) + ">";
        } else if (value instanceof taipan.runtime.iterator.PRange r) {
            return r.toString();
        } else if (value instanceof taipan.runtime.iterator.PBigRange r) {
            return r.toString();
        } else if (value instanceof PFunction f) {
            return f.toString();
        } else if (value instanceof taipan.runtime.generator.PGenerator g) {
            return g.toString();
        } else if (value instanceof taipan.runtime.generator.GeneratorFamily g) {
            return "<" + g.getBuiltinType().getPythonName() + " object at 0x" + Integer.toHexString(System.identityHashCode(g)) + ">";
        } else if (value instanceof PSimpleNamespace n) {
            return n.repr();
        } else if (value instanceof PythonModule m) {
            return m.repr(Repr::repr);
        } else if (value instanceof PBaseException e) {
            return exceptionStr(e);
        } else if (value instanceof taipan.runtime.type.PGetSetDescriptor d) {
            return d.toString();
        } else if (value instanceof taipan.runtime.type.PMemberDescriptor m) {
            return "<member '" + m.getName() + "' of '" + m.getOwner().getName() + "' objects>";
        }
        if (taipan.runtime.interop.InteropBoundary.isForeign(value)) {
            return taipan.runtime.interop.ForeignAccess.repr(value);
        }
        String threadObject = taipan.runtime.thread.ThreadFields.repr(value);
        return threadObject != null ? threadObject : "<object " + value + ">";
    }

    /** The Python type name of a value, for messages. */
    @TruffleBoundary
    public static String typeName(Object value) {
        return PythonTypes.classOf(TaipanLanguage.get(null), value).getTypeName();
    }

    /** {@code BaseException.__str__}: empty, the single argument's str, or the args tuple's repr. */
    @TruffleBoundary
    public static String exceptionStr(PBaseException e) {
        return taipan.runtime.exception.ExceptionText.str(e);
    }

    /** Lists whose repr is being built on this thread: a list reached again prints {@code [...]} (Py_ReprEnter). */
    private static final ThreadLocal<java.util.IdentityHashMap<Object, Boolean>> REPR_ACTIVE =
                    ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    private static String listRepr(PList l) {
        java.util.IdentityHashMap<Object, Boolean> active = REPR_ACTIVE.get();
        if (active.put(l, Boolean.TRUE) != null) {
            return "[...]";
        }
        try {
            Object[] items = l.getStorage().toArray(TaipanLanguage.get(null).threadingMode());
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(items[i]));
            }
            return sb.append(']').toString();
        } finally {
            active.remove(l);
        }
    }

    private static String tupleRepr(PTuple t) {
        Object[] items = t.getItems();
        if (items.length == 0) {
            return "()";
        }
        java.util.IdentityHashMap<Object, Boolean> active = REPR_ACTIVE.get();
        if (active.put(t, Boolean.TRUE) != null) {
            return "(...)";
        }
        try {
            return tupleItemsRepr(items);
        } finally {
            active.remove(t);
        }
    }

    private static String tupleItemsRepr(Object[] items) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(repr(items[i]));
        }
        return sb.append(items.length == 1 ? ",)" : ")").toString();
    }
}
