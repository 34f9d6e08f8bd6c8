package taipan.builtins.types;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.runtime.bytes.PByteArray;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.iterator.PRange;
import taipan.runtime.math.Complex;
import taipan.runtime.object.PBaseSet;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.PSlice;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;
import taipan.threading.ThreadingMode;

/**
 * {@code __sizeof__} of {@code object} and of the classes that CPython gives their own: the size CPython 3.13 reports
 * on a 64-bit build for the same value (its {@code tp_basicsize} plus items), so that code sizing caches or checking
 * that a value grows sees CPython's numbers. The JVM's real footprint differs and is not observable this way.
 */
@CoreFunctions(extendClasses = {BuiltinType.OBJECT, BuiltinType.INT, BuiltinType.STR, BuiltinType.LIST,
                BuiltinType.DICT, BuiltinType.SET, BuiltinType.FROZENSET, BuiltinType.BYTEARRAY, BuiltinType.TYPE})
public final class SizeOfBuiltins {

    private SizeOfBuiltins() {
    }

    @Builtin(name = "__sizeof__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class SizeOfNode extends PythonUnaryBuiltinNode {
        @Specialization
        long doIt(Object self) {
            return sizeOf(TaipanLanguage.get(this).threadingMode(), PBuiltinSubclassObject.unwrap(self));
        }
    }

    /** A pointer, and the header of every object (reference count and type). */
    private static final int POINTER = 8;
    private static final int HEADER = 16;

    @TruffleBoundary
    static long sizeOf(ThreadingMode mode, Object value) {
        if (value instanceof Boolean || value instanceof Integer) {
            return intSize(1);
        } else if (value instanceof Long n) {
            return intSize(n == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(n)));
        } else if (value instanceof BigInteger n) {
            return intSize(n.abs().bitLength());
        } else if (value instanceof Double) {
            return HEADER + 8;
        } else if (value instanceof Complex) {
            return HEADER + 16;
        } else if (value instanceof TruffleString s) {
            return strSize(s);
        } else if (value instanceof PBytes b) {
            return 32 + b.length() + 1; // ob_shash and the size, then the bytes and a NUL
        } else if (value instanceof PByteArray b) {
            return 56 + b.length() + 1;
        } else if (value instanceof PTuple t) {
            return 24 + (long) POINTER * t.length();
        } else if (value instanceof PList l) {
            return 40 + (long) POINTER * l.getStorage().length(mode);
        } else if (value instanceof PDict d) {
            return dictSize(d.getStorage().length(mode));
        } else if (value instanceof PBaseSet s) {
            return setSize(s.getStorage().length(mode));
        } else if (value instanceof PRange) {
            return 48;
        } else if (value instanceof PSlice) {
            return 40;
        } else if (value instanceof PythonClass c) {
            return c.isBuiltin() ? 416 : 1696; // a static type; a heap type with its number and mapping tables
        }
        return HEADER;
    }

    /** CPython's ints are 30-bit digits after a 24-byte header, at least one digit (zero too). */
    private static long intSize(int bits) {
        return 24 + 4L * Math.max(1, (bits + 29) / 30);
    }

    /** PEP 393's compact strings: ASCII after a 40-byte header, the others after 56, one unit more for the NUL. */
    private static long strSize(TruffleString s) {
        int length = s.codePointLengthUncached(PyStrings.ENCODING);
        return switch (s.getCodeRangeUncached(PyStrings.ENCODING)) {
            case ASCII -> 40 + length + 1;
            case LATIN_1 -> 56 + length + 1;
            case BMP -> 56 + 2L * (length + 1);
            default -> 56 + 4L * (length + 1);
        };
    }

    /**
     * A dict is 48 bytes, plus its keys table once it holds anything: a 32-byte header, one byte of index per slot
     * (tables up to 128 slots) and 24 bytes per usable entry, two thirds of the slots, in CPython's power-of-two sizes.
     */
    private static long dictSize(int length) {
        if (length == 0) {
            return 48;
        }
        long slots = 8;
        while (slots * 2 / 3 < length) {
            slots *= 2;
        }
        int indexBytes = slots <= 128 ? 1 : slots <= 32768 ? 2 : 4;
        return 48 + 32 + slots * indexBytes + (slots * 2 / 3) * 24;
    }

    /** A set is 200 bytes with its 8-entry small table inline; a bigger table is 16 bytes per slot, filled to 3/5. */
    private static long setSize(int length) {
        if (length < 5) {
            return 200;
        }
        long slots = 8;
        while (length * 5L >= slots * 3) {
            slots *= 2;
        }
        return 200 + 16 * slots;
    }
}
