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
import taipan.runtime.str.PyStrings;
import taipan.runtime.struct.PStruct;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code _struct.Struct}: a compiled format and its methods; {@code size} and {@code format} are properties. */
@CoreFunctions(extendClasses = BuiltinType.STRUCT)
public final class StructTypeBuiltins {

    private StructTypeBuiltins() {
    }

    @Builtin(name = "Struct", parameterNames = {"cls", "format"}, minNumOfPositionalArgs = 2, positionalOnly = false,
                    constructsClass = BuiltinType.STRUCT)
    abstract static class StructNode extends PythonBinaryBuiltinNode {
        @Specialization
        PStruct doCreate(Object cls, Object format) {
            return StructArgs.create(this, (PythonClass) cls, format);
        }
    }

    @Builtin(name = "pack", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true)
    abstract static class PackNode extends PythonBinaryBuiltinNode {
        @Specialization
        PBytes doPack(PStruct self, Object values) {
            return new PBytes(StructArgs.pack(this, self.getFormat(), ((PTuple) values).getItems()));
        }
    }

    @Builtin(name = "pack_into", parameterNames = {"self", "buffer", "offset"}, minNumOfPositionalArgs = 3, takesVarArgs = true)
    abstract static class PackIntoNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doPack(PStruct self, Object buffer, Object offset, Object values) {
            return StructArgs.packInto(this, self.getFormat(), buffer, NumberArgs.asLong(this, offset), ((PTuple) values).getItems());
        }
    }

    @Builtin(name = "unpack", parameterNames = {"self", "buffer"}, minNumOfPositionalArgs = 2)
    abstract static class UnpackNode extends PythonBinaryBuiltinNode {
        @Specialization
        PTuple doUnpack(PStruct self, Object buffer) {
            return StructArgs.unpack(this, self.getFormat(), buffer);
        }
    }

    @Builtin(name = "unpack_from", parameterNames = {"self", "buffer", "offset"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false)
    abstract static class UnpackFromNode extends PythonTernaryBuiltinNode {
        @Specialization
        PTuple doUnpack(PStruct self, Object buffer, Object offset) {
            long start = offset == PNone.NO_VALUE ? 0 : NumberArgs.asLong(this, offset);
            return StructArgs.unpackFrom(this, self.getFormat(), buffer, start);
        }
    }

    @Builtin(name = "iter_unpack", parameterNames = {"self", "buffer"}, minNumOfPositionalArgs = 2)
    abstract static class IterUnpackNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doUnpack(PStruct self, Object buffer) {
            return StructArgs.iterUnpack(this, self.getFormat(), buffer);
        }
    }

    /** Wrapped in a property by {@link CollectionsModuleSetup}. */
    @Builtin(name = "size", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class SizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doSize(PStruct self) {
            return self.getFormat().getSize();
        }
    }

    /** Wrapped in a property by {@link CollectionsModuleSetup}. */
    @Builtin(name = "format", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class FormatNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doFormat(PStruct self) {
            return PyStrings.of(self.getFormat().getFormat());
        }
    }
}
