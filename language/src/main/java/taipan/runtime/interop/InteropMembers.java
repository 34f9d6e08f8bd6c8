package taipan.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.exception.PException;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.InteropArray;
import taipan.runtime.object.PList;
import taipan.runtime.object.PythonObject;
import taipan.runtime.object.UncachedCalls;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * Attributes as interop members: {@code dir()} lists them, {@code getattr}/{@code setattr}/{@code delattr} read,
 * write and remove them, so properties, {@code __getattr__} and descriptors behave as they do in Python. Only
 * objects with a namespace (instances of user classes, classes, modules) take new or removed members.
 */
final class InteropMembers {

    private InteropMembers() {
    }

    @TruffleBoundary
    static Object names(Object value, boolean includeInternal) {
        PList names = (PList) PyOps.builtin("dir", value);
        java.util.List<Object> result = new java.util.ArrayList<>();
        for (Object name : names.getStorage().toArray(taipan.language.TaipanLanguage.get(null).threadingMode())) {
            String s = PyStrings.toJava((TruffleString) name);
            if (includeInternal || !(s.startsWith("__") && s.endsWith("__"))) {
                result.add(s);
            }
        }
        return new InteropArray(result.toArray());
    }

    @TruffleBoundary
    static boolean exists(Object value, String member) {
        return PyOps.hasAttr(value, member);
    }

    /** Whether the value has a namespace of its own that embedders may add to. */
    static boolean isWritable(Object value) {
        return value instanceof PythonObject || value instanceof PythonClass c && !c.isBuiltin()
                        || value instanceof PythonModule;
    }

    @TruffleBoundary
    static Object read(Object value, String member) throws UnknownIdentifierException {
        return InteropBoundary.toInterop(get(value, member));
    }

    private static Object get(Object value, String member) throws UnknownIdentifierException {
        try {
            return PyOps.builtin("getattr", value, PyStrings.of(member));
        } catch (PException e) {
            if (PyOps.is(e, BuiltinType.ATTRIBUTE_ERROR)) {
                throw UnknownIdentifierException.create(member, e);
            }
            throw e;
        }
    }

    @TruffleBoundary
    static void write(Object value, String member, Object newValue) throws UnsupportedMessageException {
        try {
            PyOps.builtin("setattr", value, PyStrings.of(member), InteropBoundary.toPython(newValue));
        } catch (PException e) {
            if (PyOps.is(e, BuiltinType.ATTRIBUTE_ERROR) || PyOps.is(e, BuiltinType.TYPE_ERROR)) {
                throw UnsupportedMessageException.create(e);
            }
            throw e;
        }
    }

    @TruffleBoundary
    static void remove(Object value, String member) throws UnknownIdentifierException {
        try {
            PyOps.builtin("delattr", value, PyStrings.of(member));
        } catch (PException e) {
            if (PyOps.is(e, BuiltinType.ATTRIBUTE_ERROR) || PyOps.is(e, BuiltinType.TYPE_ERROR)) {
                throw UnknownIdentifierException.create(member, e);
            }
            throw e;
        }
    }

    @TruffleBoundary
    static boolean isInvocable(Object value, String member) {
        try {
            return (Boolean) PyOps.builtin("callable", get(value, member));
        } catch (UnknownIdentifierException e) {
            return false;
        }
    }

    @TruffleBoundary
    static Object invoke(Object value, String member, Object[] arguments) throws UnknownIdentifierException {
        Object method = get(value, member);
        return InteropBoundary.toInterop(UncachedCalls.call(method, InteropBoundary.toPython(arguments)));
    }
}
