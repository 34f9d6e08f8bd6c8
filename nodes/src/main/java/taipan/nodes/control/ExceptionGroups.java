package taipan.nodes.control;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.call.SlowCall;
import taipan.nodes.object.SlowCompare;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup} ({@code Objects/exceptions.c}): construction with its
 * checks, and the recursive split that {@code split}, {@code subgroup} and {@code except*} share. A group is a
 * {@link PBaseException} whose {@code message} and {@code exceptions} (a tuple) are stored fields.
 */
public final class ExceptionGroups {

    /** Whether a leaf or a whole (nested) group is matched by a split's condition. */
    public interface Matcher {
        boolean matches(PBaseException exception);
    }

    private ExceptionGroups() {
    }

    public static boolean isGroup(Object value) {
        return value instanceof PBaseException e && isGroupClass(e.getType());
    }

    public static boolean isGroupClass(PythonClass cls) {
        for (PythonClass c : cls.getMro()) {
            if (c.getBuiltinType() == BuiltinType.BASE_EXCEPTION_GROUP) {
                return true;
            }
        }
        return false;
    }

    /** The group's direct sub-exceptions. */
    public static Object[] exceptions(PBaseException group) {
        Object stored = group.getField("exceptions");
        return stored instanceof PTuple t ? t.getItems() : new Object[0];
    }

    /** {@code BaseExceptionGroup.__new__(cls, message, exceptions)} with CPython's checks and messages. */
    @TruffleBoundary
    public static PBaseException create(Node location, PythonClass cls, PTuple args) {
        Object[] items = args.getItems();
        if (items.length != 2) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", items.length);
        }
        if (!(items[0] instanceof com.oracle.truffle.api.strings.TruffleString)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                            PythonErrors.typeName(location, items[0]));
        }
        Object[] excs = sequenceItems(location, items[1]);
        PythonClass type = checkedType(location, cls, excs);
        PBaseException group = new PBaseException(type, args);
        group.markGroup();
        group.setField("message", items[0]);
        group.setField("exceptions", new PTuple(excs));
        return group;
    }

    private static Object[] sequenceItems(Node location, Object exceptions) {
        Object[] excs;
        if (exceptions instanceof PList list) {
            excs = list.getStorage().toArray(TaipanLanguage.get(location).threadingMode());
        } else if (exceptions instanceof PTuple tuple) {
            excs = tuple.getItems().clone();
        } else {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "second argument (exceptions) must be a sequence");
        }
        if (excs.length == 0) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR,
                            "second argument (exceptions) must be a non-empty sequence");
        }
        for (int i = 0; i < excs.length; i++) {
            if (!(excs[i] instanceof PBaseException)) {
                throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR,
                                "Item %d of second argument (exceptions) is not an exception", i);
            }
        }
        return excs;
    }

    /** BaseExceptionGroup becomes ExceptionGroup when every item is an Exception; no BaseException nests in those. */
    private static PythonClass checkedType(Node location, PythonClass cls, Object[] excs) {
        TaipanLanguage language = TaipanLanguage.get(location);
        PythonClass exception = language.getBuiltinClass(BuiltinType.EXCEPTION);
        boolean nestedBase = false;
        for (Object e : excs) {
            nestedBase |= !((PBaseException) e).getType().isSubclassOf(exception);
        }
        if (cls.getBuiltinType() == BuiltinType.BASE_EXCEPTION_GROUP) {
            return nestedBase ? cls : language.getBuiltinClass(BuiltinType.EXCEPTION_GROUP);
        } else if (nestedBase && cls.getBuiltinType() == BuiltinType.EXCEPTION_GROUP) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "Cannot nest BaseExceptions in an ExceptionGroup");
        } else if (nestedBase && cls.isSubclassOf(exception)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "Cannot nest BaseExceptions in '%s'",
                            cls.getName());
        }
        return cls;
    }

    /** The matcher for {@code split}'s and {@code subgroup}'s argument: a type, a tuple of types, or a predicate. */
    @TruffleBoundary
    public static Matcher matcher(Node location, Object condition) {
        if (condition instanceof PythonClass cls && RaiseNode.isExceptionClass(cls)) {
            return e -> e.getType().isSubclassOf(cls);
        } else if (condition instanceof PTuple tuple && allExceptionClasses(tuple)) {
            return e -> {
                for (Object c : tuple.getItems()) {
                    if (e.getType().isSubclassOf((PythonClass) c)) {
                        return true;
                    }
                }
                return false;
            };
        } else if (!(condition instanceof PythonClass) && isCallable(location, condition)) {
            return e -> SlowCompare.isTrue(location, SlowCall.call(location, condition, new Object[]{e}));
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                        "expected an exception type, a tuple of exception types, or a callable (other than a class)");
    }

    private static boolean allExceptionClasses(PTuple tuple) {
        for (Object c : tuple.getItems()) {
            if (!(c instanceof PythonClass cls) || !RaiseNode.isExceptionClass(cls)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCallable(Node location, Object value) {
        return value instanceof taipan.runtime.function.PFunction || value instanceof taipan.runtime.function.PBuiltinFunction
                        || value instanceof taipan.runtime.function.PMethod
                        || value instanceof taipan.runtime.function.PBuiltinMethod
                        || SpecialMethods.lookup(location, value, "__call__") != null;
    }

    /**
     * {@code exceptiongroup_split_recursive}: {match, rest}, either null when empty. A whole group the matcher
     * accepts is matched as it is; else its parts are split and re-grouped through {@code derive}.
     */
    @TruffleBoundary
    public static PBaseException[] split(Node location, PBaseException exception, Matcher matcher, boolean withRest) {
        if (matcher.matches(exception)) {
            return new PBaseException[]{exception, null};
        } else if (!isGroup(exception)) {
            return new PBaseException[]{null, withRest ? exception : null};
        }
        List<Object> matched = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        for (Object sub : exceptions(exception)) {
            PBaseException[] parts = split(location, (PBaseException) sub, matcher, withRest);
            if (parts[0] != null) {
                matched.add(parts[0]);
            }
            if (parts[1] != null) {
                rest.add(parts[1]);
            }
        }
        return new PBaseException[]{derived(location, exception, matched), withRest ? derived(location, exception, rest) : null};
    }

    /** {@code exceptiongroup_subset}: {@code derive(parts)} with the original's chain, traceback and notes. */
    private static PBaseException derived(Node location, PBaseException original, List<Object> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        Object derive = ObjectAttributes.getAttribute(location, original, "derive");
        Object result = SlowCall.call(location, derive, new Object[]{new PList(parts.toArray())});
        if (!isGroup(result)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "derive must return an instance of BaseExceptionGroup");
        }
        PBaseException group = (PBaseException) result;
        group.setCauseOnly(original.getCause());
        group.setContext(original.getContext());
        group.setSuppressContext(original.getSuppressContext());
        group.copyTracebackFrom(original);
        Object notes = original.getNotes();
        if (notes instanceof PList list) {
            group.setNotes(new PList(list.getStorage().toArray(TaipanLanguage.get(location).threadingMode())));
        } else if (notes instanceof PTuple tuple) {
            group.setNotes(new PList(tuple.getItems().clone()));
        } else if (notes != null && notes != PNone.NONE) {
            group.setNotes(notes);
        }
        return group;
    }
}
