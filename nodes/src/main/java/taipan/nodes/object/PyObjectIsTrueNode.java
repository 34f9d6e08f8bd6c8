package taipan.nodes.object;

import com.oracle.truffle.api.dsl.Cached;
import taipan.runtime.object.PythonObject;
import java.math.BigInteger;

import taipan.runtime.bytes.PBytesLike;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.PythonTypeSystem;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PList;
import taipan.language.TaipanLanguage;

/** Truth value testing: CPython's {@code PyObject_IsTrue}. */
@TypeSystemReference(PythonTypeSystem.class)
public abstract class PyObjectIsTrueNode extends Node {

    public abstract boolean execute(Object value);

    public static PyObjectIsTrueNode create() {
        return PyObjectIsTrueNodeGen.create();
    }

    @Specialization
    static boolean doBoolean(boolean value) {
        return value;
    }

    @Specialization
    static boolean doLong(long value) {
        return value != 0;
    }

    @Specialization
    static boolean doDouble(double value) {
        return value != 0.0;
    }

    @Specialization
    static boolean doStr(TruffleString value) {
        return !value.isEmpty();
    }

    @Specialization
    static boolean doNone(@SuppressWarnings("unused") PNone value) {
        return false;
    }

    @Specialization
    static boolean doBigInteger(BigInteger value) {
        return value.signum() != 0;
    }

    @Specialization
    static boolean doTuple(PTuple value) {
        return value.length() != 0;
    }

    @Specialization
    boolean doList(PList value) {
        return value.getStorage().length(TaipanLanguage.get(this).threadingMode()) != 0;
    }

    @Specialization
    static boolean doBytes(PBytesLike value) {
        return value.length() != 0;
    }

    @Specialization
    boolean doDict(taipan.runtime.object.PDict value) {
        return value.getStorage().length(TaipanLanguage.get(this).threadingMode()) != 0;
    }

    @Specialization
    boolean doSet(taipan.runtime.object.PBaseSet value) {
        return value.getStorage().length(TaipanLanguage.get(this).threadingMode()) != 0;
    }

    @Specialization
    boolean doDictView(taipan.runtime.object.PDictView value) {
        return value.getDict().getStorage().length(TaipanLanguage.get(this).threadingMode()) != 0;
    }

    @Specialization
    static boolean doRange(taipan.runtime.iterator.PRange value) {
        return value.length() != 0;
    }

    @Specialization
    static boolean doMemoryView(taipan.runtime.bytes.PMemoryView value) {
        return value.length() != 0;
    }

    @Specialization
    static boolean doComplex(taipan.runtime.math.Complex value) {
        return value.real() != 0.0 || value.imag() != 0.0;
    }

    @Specialization
    boolean doUserObject(PythonObject value,
                    @Cached("create(BOOL)") CallSpecialMethodNode callBool,
                    @Cached("create(LEN)") CallSpecialMethodNode callLen) {
        return ObjectProtocols.isTrue(this, callBool, callLen, value);
    }

    /** A class: true unless its metaclass defines {@code __bool__} or {@code __len__}. */
    @Specialization
    boolean doClass(taipan.runtime.type.PythonClass value) {
        taipan.runtime.type.PythonClass meta = value.getMetaclass();
        return meta.isBuiltin() || ObjectProtocols.classIsTrue(this, value);
    }

    static final String BOOL = ObjectProtocols.BOOL;
    static final String LEN = ObjectProtocols.LEN;

    @Fallback
    static boolean doObject(Object value) {
        if (taipan.runtime.interop.InteropBoundary.isForeign(value)) {
            return taipan.runtime.interop.ForeignAccess.isTrue(value);
        }
        // object without __bool__/__len__: true (user classes bring those dunders later).
        return true;
    }
}
