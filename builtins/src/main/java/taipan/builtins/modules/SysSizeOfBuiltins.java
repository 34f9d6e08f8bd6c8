package taipan.builtins.modules;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PBuiltinMethod;
import taipan.runtime.function.PFunction;
import taipan.runtime.function.PMethod;
import taipan.runtime.object.PBaseSet;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PSlice;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonObject;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * {@code sys.getsizeof(object[, default])}: the object's {@code __sizeof__()} plus what CPython 3.13 keeps before the
 * object ({@code _PyType_PreHeaderSize}): the garbage collector's header for container types, and the managed dict and
 * weakref pointers of a class's instances.
 */
@CoreFunctions(defineModule = "sys")
public final class SysSizeOfBuiltins {

    private SysSizeOfBuiltins() {
    }

    /** {@code sizeof(PyGC_Head)}, and the two pointers before an instance with a managed dict or weakref list. */
    private static final long GC_HEAD = 16;
    private static final long MANAGED = 16;

    @Builtin(name = "getsizeof", parameterNames = {"object", "default"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false, positionalOnlyCount = 0)
    abstract static class GetSizeOfNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object object, Object dflt) {
            if (SpecialMethods.lookup(this, object, "__sizeof__") == null) {
                if (dflt != PNone.NO_VALUE) {
                    return dflt;
                }
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "Type %s doesn't define __sizeof__",
                                PythonErrors.typeName(this, object));
            }
            Object result = SpecialMethods.callUncached(this, object, "__sizeof__", new Object[0]);
            long size;
            if (result instanceof Long n) {
                size = n;
            } else if (result instanceof Boolean b) {
                size = b ? 1 : 0;
            } else if (result instanceof BigInteger) {
                throw PythonErrors.raise(this, BuiltinType.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
            } else {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "an integer is required");
            }
            if (size < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "__sizeof__() should return >= 0");
            }
            return size + preHeader(object);
        }
    }

    private static long preHeader(Object object) {
        if (object instanceof PythonObject o) {
            PythonClass cls = o.getPythonClass();
            if (cls.isBuiltin()) {
                return cls.getName().equals("object") ? 0 : GC_HEAD; // a bare object() is no container
            }
            return GC_HEAD + (cls.hasInstanceDict() || cls.hasInstanceWeakref() ? MANAGED : 0);
        }
        boolean container = object instanceof PTuple || object instanceof PList || object instanceof PDict
                        || object instanceof PBaseSet || object instanceof PSlice || object instanceof PythonClass
                        || object instanceof PFunction || object instanceof PMethod || object instanceof PBuiltinFunction
                        || object instanceof PBuiltinMethod || object instanceof taipan.runtime.module.PythonModule;
        return container ? GC_HEAD : 0;
    }
}
