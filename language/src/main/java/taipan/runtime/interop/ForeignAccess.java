package taipan.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNotImplemented;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.UncachedCalls;
import taipan.runtime.type.PythonClass;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.str.PyStrings;

/**
 * Python operations on a foreign object (a host object, another language's value) through interop, for the
 * methods of {@code polyglot.ForeignObject}: results come back as Python values, arguments go out as interop
 * values, and interop's failures become Python's exceptions ({@code AttributeError}, {@code IndexError},
 * {@code KeyError}, {@code TypeError}), and an exception the foreign code throws (a Java exception from a host method)
 * becomes {@code polyglot.ForeignException} (see {@link #foreignException}). Slow paths: embedding glue, not the interpreter's inner loop.
 */
public final class ForeignAccess {

    private ForeignAccess() {
    }

    /**
     * What Python raises for an exception thrown by foreign code (a Java exception from a host method, another
     * language's error): a {@code polyglot.ForeignException}, a subclass of {@code Exception} so that
     * {@code except Exception} catches it, whose only argument is the foreign message (Java's {@code getMessage()},
     * the class name when there is none) and whose {@code exception} attribute is the foreign exception itself.
     * GraalPy's {@code ForeignException} derives from {@code BaseException}; ours is an {@code Exception} because a
     * failing Java call is an ordinary error to a Python program. A Python exception that crossed the host
     * (a Python callback called from Java) stays itself, and interrupts and exits from the embedder pass unchanged.
     */
    @TruffleBoundary
    public static RuntimeException foreignException(Node node, AbstractTruffleException e) {
        if (e instanceof PException) {
            return e;
        }
        InteropLibrary l = lib(e);
        try {
            ExceptionType type = l.getExceptionType(e);
            if (type == ExceptionType.EXIT || type == ExceptionType.INTERRUPT) {
                return e;
            }
        } catch (UnsupportedMessageException unsupported) {
            // not an interop exception: wrap it as a runtime error
        }
        String message = null;
        try {
            if (l.hasExceptionMessage(e)) {
                Object text = l.getExceptionMessage(e);
                message = lib(text).asString(text);
            }
        } catch (UnsupportedMessageException unsupported) {
            // no message: the class name stands for it
        }
        PythonClass cls = TaipanLanguage.get(node).getBuiltinClass(BuiltinType.FOREIGN_EXCEPTION);
        Object text = PyStrings.of(message != null ? message : typeName(e));
        PBaseException exception = new PBaseException(cls, new PTuple(new Object[]{text}));
        // a fresh object no other thread can see: a plain put
        DynamicObjectLibrary.getUncached().put(exception, "exception", e);
        return new PException(exception, node);
    }

    private static InteropLibrary lib(Object value) {
        return InteropLibrary.getUncached(value);
    }

    @TruffleBoundary
    public static Object getAttribute(Node node, Object foreign, String name) {
        try {
            return InteropBoundary.toPython(lib(foreign).readMember(foreign, name));
        } catch (AbstractTruffleException e) {
            throw foreignException(node, e);
        } catch (UnknownIdentifierException | UnsupportedMessageException e) {
            throw PythonErrors.raise(node, BuiltinType.ATTRIBUTE_ERROR, "'%s' object has no attribute '%s'",
                            typeName(foreign), name);
        }
    }

    @TruffleBoundary
    public static void setAttribute(Node node, Object foreign, String name, Object value) {
        try {
            lib(foreign).writeMember(foreign, name, InteropBoundary.toInterop(value));
        } catch (AbstractTruffleException e) {
            throw foreignException(node, e);
        } catch (InteropException e) {
            throw PythonErrors.raise(node, BuiltinType.ATTRIBUTE_ERROR, "'%s' object attribute '%s' cannot be set: %s",
                            typeName(foreign), name, e.getMessage());
        }
    }

    @TruffleBoundary
    public static Object[] memberNames(Object foreign) {
        InteropLibrary l = lib(foreign);
        try {
            if (!l.hasMembers(foreign)) {
                return new Object[0];
            }
            Object keys = l.getMembers(foreign);
            int n = (int) lib(keys).getArraySize(keys);
            Object[] names = new Object[n];
            for (int i = 0; i < n; i++) {
                names[i] = InteropBoundary.toPython(lib(keys).readArrayElement(keys, i));
            }
            return names;
        } catch (InteropException e) {
            return new Object[0];
        }
    }

    /**
     * Calls the foreign object with Python's arguments: interop has no keyword arguments, so any in {@code kwargs}
     * (a dict, or no value) are a {@code TypeError} naming the callee, as CPython's built-ins that take none say.
     */
    @TruffleBoundary
    public static Object call(Node node, Object foreign, Object[] arguments, Object kwargs) {
        if (kwargs instanceof PDict d) {
            Object[] names = d.getStorage().snapshot(TaipanLanguage.get(node).threadingMode())[0];
            if (names.length > 0) {
                throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR,
                                "%s() takes no keyword arguments (got '%s'): foreign callables take positional arguments only",
                                repr(foreign), names[0] instanceof TruffleString s ? PyStrings.toJava(s) : names[0]);
            }
        }
        return call(node, foreign, arguments);
    }

    /** Calls the foreign object: an executable is executed, an instantiable (a Java class) is instantiated. */
    @TruffleBoundary
    public static Object call(Node node, Object foreign, Object[] arguments) {
        InteropLibrary l = lib(foreign);
        Object[] args = InteropBoundary.toInterop(arguments);
        try {
            if (l.isExecutable(foreign)) {
                return InteropBoundary.toPython(l.execute(foreign, args));
            } else if (l.isInstantiable(foreign)) {
                return InteropBoundary.toPython(l.instantiate(foreign, args));
            }
        } catch (AbstractTruffleException e) {
            throw foreignException(node, e);
        } catch (ArityException | UnsupportedTypeException | UnsupportedMessageException e) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "%s", e.getMessage());
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "'%s' object is not callable", typeName(foreign));
    }

    @TruffleBoundary
    public static long length(Node node, Object foreign) {
        InteropLibrary l = lib(foreign);
        try {
            if (l.hasArrayElements(foreign)) {
                return l.getArraySize(foreign);
            } else if (l.hasHashEntries(foreign)) {
                return l.getHashSize(foreign);
            } else if (l.isString(foreign)) {
                return l.asString(foreign).length();
            }
        } catch (AbstractTruffleException e) {
            throw foreignException(node, e);
        } catch (UnsupportedMessageException e) {
            // falls through to the TypeError
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "object of type '%s' has no len()", typeName(foreign));
    }

    @TruffleBoundary
    public static boolean isTrue(Object foreign) {
        InteropLibrary l = lib(foreign);
        try {
            if (l.isNull(foreign)) {
                return false;
            } else if (l.hasArrayElements(foreign)) {
                return l.getArraySize(foreign) > 0;
            } else if (l.hasHashEntries(foreign)) {
                return l.getHashSize(foreign) > 0;
            }
        } catch (UnsupportedMessageException e) {
            return true;
        }
        return true;
    }

    @TruffleBoundary
    public static Object getItem(Node node, Object foreign, Object key) {
        InteropLibrary l = lib(foreign);
        try {
            if (l.hasArrayElements(foreign) && key instanceof Long index) {
                return InteropBoundary.toPython(l.readArrayElement(foreign, normalize(l, foreign, index)));
            } else if (l.hasHashEntries(foreign)) {
                return InteropBoundary.toPython(l.readHashValue(foreign, InteropBoundary.toInterop(key)));
            }
        } catch (AbstractTruffleException e) {
            throw foreignException(node, e);
        } catch (InvalidArrayIndexException e) {
            throw PythonErrors.raise(node, BuiltinType.INDEX_ERROR, "index out of range");
        } catch (UnknownKeyException e) {
            throw keyError(node, key);
        } catch (UnsupportedMessageException e) {
            // falls through to the TypeError
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "'%s' object is not subscriptable", typeName(foreign));
    }

    @TruffleBoundary
    public static void setItem(Node node, Object foreign, Object key, Object value) {
        InteropLibrary l = lib(foreign);
        try {
            if (l.hasArrayElements(foreign) && key instanceof Long index) {
                l.writeArrayElement(foreign, normalize(l, foreign, index), InteropBoundary.toInterop(value));
                return;
            } else if (l.hasHashEntries(foreign)) {
                l.writeHashEntry(foreign, InteropBoundary.toInterop(key), InteropBoundary.toInterop(value));
                return;
            }
        } catch (AbstractTruffleException e) {
            throw foreignException(node, e);
        } catch (InvalidArrayIndexException e) {
            throw PythonErrors.raise(node, BuiltinType.INDEX_ERROR, "assignment index out of range");
        } catch (UnknownKeyException e) {
            throw keyError(node, key);
        } catch (UnsupportedMessageException | UnsupportedTypeException e) {
            // falls through to the TypeError
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "'%s' object does not support item assignment",
                        typeName(foreign));
    }

    @TruffleBoundary
    public static void delItem(Node node, Object foreign, Object key) {
        InteropLibrary l = lib(foreign);
        try {
            if (l.hasArrayElements(foreign) && key instanceof Long index) {
                l.removeArrayElement(foreign, normalize(l, foreign, index));
                return;
            } else if (l.hasHashEntries(foreign)) {
                l.removeHashEntry(foreign, InteropBoundary.toInterop(key));
                return;
            }
        } catch (AbstractTruffleException e) {
            throw foreignException(node, e);
        } catch (InvalidArrayIndexException e) {
            throw PythonErrors.raise(node, BuiltinType.INDEX_ERROR, "assignment index out of range");
        } catch (UnknownKeyException e) {
            throw keyError(node, key);
        } catch (UnsupportedMessageException e) {
            // falls through to the TypeError
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "'%s' object does not support item deletion",
                        typeName(foreign));
    }

    private static long normalize(InteropLibrary l, Object foreign, long index) throws UnsupportedMessageException {
        return index < 0 ? index + l.getArraySize(foreign) : index;
    }

    /** {@code KeyError(key)}: its str is the key's repr, as a dict's is. */
    private static PException keyError(Node node, Object key) {
        PythonClass cls = TaipanLanguage.get(node).getBuiltinClass(BuiltinType.KEY_ERROR);
        return new PException(new PBaseException(cls, new PTuple(new Object[]{key})), node);
    }

    /** An interop iterator over the elements (arrays, iterables) or the keys (hashes) of the foreign object. */
    @TruffleBoundary
    public static Object iterator(Node node, Object foreign) {
        InteropLibrary l = lib(foreign);
        try {
            if (l.hasHashEntries(foreign)) {
                return l.getHashKeysIterator(foreign);
            } else if (l.hasIterator(foreign)) {
                return l.getIterator(foreign);
            } else if (l.isIterator(foreign)) {
                return foreign;
            }
        } catch (AbstractTruffleException e) {
            throw foreignException(node, e);
        } catch (UnsupportedMessageException e) {
            // falls through to the TypeError
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "'%s' object is not iterable", typeName(foreign));
    }

    /** {@code item in foreign}: a hash's keys, else the elements, compared with Python's {@code ==}. */
    @TruffleBoundary
    public static boolean contains(Node node, Object foreign, Object item) {
        InteropLibrary l = lib(foreign);
        if (l.hasHashEntries(foreign)) {
            return l.isHashEntryExisting(foreign, InteropBoundary.toInterop(item));
        }
        Object iterator = iterator(node, foreign);
        for (Object element = next(node, iterator); element != null; element = next(node, iterator)) {
            if (equal(element, item)) {
                return true;
            }
        }
        return false;
    }

    /** Python's {@code a == b}: {@code a.__eq__(b)}, then the reflected {@code b.__eq__(a)}, then identity. */
    private static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        Object result = UncachedCalls.callSpecial(a, "__eq__", b);
        if (result == null || result == PNotImplemented.NOT_IMPLEMENTED) {
            result = UncachedCalls.callSpecial(b, "__eq__", a);
        }
        return result != null && result != PNotImplemented.NOT_IMPLEMENTED && PyOps.truth(result);
    }

    /** The next element of a foreign iterator, or null at its end. */
    @TruffleBoundary
    public static Object next(Node node, Object foreign) {
        InteropLibrary l = lib(foreign);
        try {
            if (l.hasIteratorNextElement(foreign)) {
                return InteropBoundary.toPython(l.getIteratorNextElement(foreign));
            }
            return null;
        } catch (AbstractTruffleException e) {
            throw foreignException(node, e);
        } catch (StopIterationException e) {
            return null;
        } catch (UnsupportedMessageException e) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "'%s' object is not an iterator", typeName(foreign));
        }
    }

    @TruffleBoundary
    public static boolean isIterator(Object foreign) {
        return lib(foreign).isIterator(foreign);
    }

    @TruffleBoundary
    public static String repr(Object foreign) {
        Object display = lib(foreign).toDisplayString(foreign, true);
        try {
            return lib(display).asString(display);
        } catch (UnsupportedMessageException e) {
            return "<foreign object>";
        }
    }

    @TruffleBoundary
    public static boolean isIdentical(Object a, Object b) {
        return lib(a).isIdentical(a, b, lib(b));
    }

    @TruffleBoundary
    public static long identityHash(Object foreign) {
        try {
            return lib(foreign).identityHashCode(foreign);
        } catch (UnsupportedMessageException e) {
            return System.identityHashCode(foreign);
        }
    }

    /** The foreign object's own type name (a Java class name for host objects), for messages. */
    @TruffleBoundary
    public static String typeName(Object foreign) {
        InteropLibrary l = lib(foreign);
        try {
            if (l.hasMetaObject(foreign)) {
                Object meta = l.getMetaObject(foreign);
                Object name = lib(meta).getMetaQualifiedName(meta);
                return lib(name).asString(name);
            }
        } catch (UnsupportedMessageException e) {
            // no meta-object name
        }
        return "ForeignObject";
    }
}
