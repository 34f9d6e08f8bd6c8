package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Specialization;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonQuaternaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;

/** The {@code _struct} module's functions (CPython's {@code Modules/_struct.c}); formats are compiled per call. */
@CoreFunctions(defineModule = "_struct")
public final class StructModuleBuiltins {

    private StructModuleBuiltins() {
    }

    @Builtin(name = "pack", parameterNames = "format", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class PackNode extends PythonBinaryBuiltinNode {
        @Specialization
        PBytes doPack(Object format, Object values) {
            return new PBytes(StructArgs.pack(this, StructArgs.format(this, format), ((PTuple) values).getItems()));
        }
    }

    @Builtin(name = "pack_into", parameterNames = {"format", "buffer", "offset"}, minNumOfPositionalArgs = 3, takesVarArgs = true)
    abstract static class PackIntoNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doPack(Object format, Object buffer, Object offset, Object values) {
            return StructArgs.packInto(this, StructArgs.format(this, format), buffer, NumberArgs.asLong(this, offset),
                            ((PTuple) values).getItems());
        }
    }

    @Builtin(name = "unpack", parameterNames = {"format", "buffer"}, minNumOfPositionalArgs = 2)
    abstract static class UnpackNode extends PythonBinaryBuiltinNode {
        @Specialization
        PTuple doUnpack(Object format, Object buffer) {
            return StructArgs.unpack(this, StructArgs.format(this, format), buffer);
        }
    }

    @Builtin(name = "unpack_from", parameterNames = {"format", "buffer", "offset"}, minNumOfPositionalArgs = 2,
                    positionalOnlyCount = 1, positionalOnly = false)
    abstract static class UnpackFromNode extends PythonTernaryBuiltinNode {
        @Specialization
        PTuple doUnpack(Object format, Object buffer, Object offset) {
            long start = offset == PNone.NO_VALUE ? 0 : NumberArgs.asLong(this, offset);
            return StructArgs.unpackFrom(this, StructArgs.format(this, format), buffer, start);
        }
    }

    @Builtin(name = "iter_unpack", parameterNames = {"format", "buffer"}, minNumOfPositionalArgs = 2)
    abstract static class IterUnpackNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doUnpack(Object format, Object buffer) {
            return StructArgs.iterUnpack(this, StructArgs.format(this, format), buffer);
        }
    }

    @Builtin(name = "calcsize", parameterNames = "format", minNumOfPositionalArgs = 1)
    abstract static class CalcsizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        long doCalcsize(Object format) {
            return StructArgs.format(this, format).getSize();
        }
    }

    @Builtin(name = "_clearcache")
    abstract static class ClearCacheNode extends taipan.nodes.builtin.PythonVarargsBuiltinNode {
        @Specialization
        static Object doClear(@SuppressWarnings("unused") Object[] arguments) {
            return PNone.NONE;
        }
    }
}
