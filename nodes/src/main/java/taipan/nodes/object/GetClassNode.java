package taipan.nodes.object;

import java.math.BigInteger;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.PythonTypeSystem;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.object.PythonTypes;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** The class of a value: CPython's {@code Py_TYPE}. Built-in classes are language-level constants. */
@TypeSystemReference(PythonTypeSystem.class)
public abstract class GetClassNode extends Node {

    public abstract PythonClass execute(Object value);

    public static GetClassNode create() {
        return GetClassNodeGen.create();
    }

    @Specialization
    PythonClass doBoolean(@SuppressWarnings("unused") boolean value) {
        return TaipanLanguage.get(this).getBuiltinClass(BuiltinType.BOOL);
    }

    @Specialization
    PythonClass doLong(@SuppressWarnings("unused") long value) {
        return TaipanLanguage.get(this).getBuiltinClass(BuiltinType.INT);
    }

    @Specialization
    PythonClass doDouble(@SuppressWarnings("unused") double value) {
        return TaipanLanguage.get(this).getBuiltinClass(BuiltinType.FLOAT);
    }

    @Specialization
    PythonClass doStr(@SuppressWarnings("unused") TruffleString value) {
        return TaipanLanguage.get(this).getBuiltinClass(BuiltinType.STR);
    }

    @Specialization
    PythonClass doBigInteger(@SuppressWarnings("unused") BigInteger value) {
        return TaipanLanguage.get(this).getBuiltinClass(BuiltinType.INT);
    }

    @Specialization
    static PythonClass doException(PBaseException value) {
        return value.getType();
    }

    @Specialization
    static PythonClass doClass(PythonClass value) {
        return value.getMetaclass();
    }

    @Fallback
    PythonClass doOther(Object value) {
        return PythonTypes.classOf(TaipanLanguage.get(this), value);
    }
}
