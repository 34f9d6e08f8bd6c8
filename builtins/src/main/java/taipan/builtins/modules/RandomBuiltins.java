package taipan.builtins.modules;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.builtins.functions.NumberArgs;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.object.PyObjectHashNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.random.MersenneTwister;
import taipan.runtime.random.PRandom;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code _random.Random} (CPython's {@code Modules/_randommodule.c}): the Mersenne Twister behind {@code random}. */
@CoreFunctions(extendClasses = BuiltinType.RANDOM)
public final class RandomBuiltins {

    private static final BigInteger WORD64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private RandomBuiltins() {
    }

    /** CPython's {@code random_seed}: None reads entropy, an int seeds by its magnitude, anything else by its hash. */
    static void seed(Node node, PRandom self, Object arg, PyObjectHashNode hash) {
        if (arg == PNone.NONE || arg == PNone.NO_VALUE) {
            self.seedFromEntropy();
        } else if (arg instanceof Long || arg instanceof BigInteger || arg instanceof Boolean) {
            self.seed(magnitude(NumberArgs.index(node, arg)));
        } else {
            self.seed(unsignedHash(hash.execute(arg)));
        }
    }

    @TruffleBoundary
    private static BigInteger magnitude(Object n) {
        return (n instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) n).abs();
    }

    /** The hash as C's {@code size_t} reads it. */
    @TruffleBoundary
    private static BigInteger unsignedHash(long h) {
        return BigInteger.valueOf(h).and(WORD64);
    }

    @Builtin(name = "Random", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true, constructsClass = BuiltinType.RANDOM)
    abstract static class RandomNode extends PythonTernaryBuiltinNode {
        @Specialization
        PRandom doCreate(Object cls, Object args, Object kwargs, @Cached PyObjectHashNode hash) {
            PythonClass type = (PythonClass) cls;
            PRandom random = new PRandom(type.getInstanceShape());
            // a subclass with its own __init__ seeds through it (random.Random calls self.seed), as tp_init would
            if (!(type.lookup("__init__") instanceof PFunction)) {
                Object[] items = ((PTuple) args).getItems();
                if (items.length > 1) {
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "Random() requires 0 or 1 argument");
                } else if (kwargs instanceof taipan.runtime.object.PDict d && d.getStorage().length(DequeBuiltins.mode(this)) > 0) {
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "Random() takes no keyword arguments");
                }
                seed(this, random, items.length == 0 ? PNone.NONE : items[0], hash);
            }
            return random;
        }
    }

    @Builtin(name = "seed", parameterNames = {"self", "n"}, minNumOfPositionalArgs = 1)
    abstract static class SeedNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doSeed(PRandom self, Object n, @Cached PyObjectHashNode hash) {
            seed(this, self, n, hash);
            return PNone.NONE;
        }
    }

    @Builtin(name = "random", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class RandomFloatNode extends PythonUnaryBuiltinNode {
        @Specialization
        static double doRandom(PRandom self) {
            return self.random();
        }
    }

    @Builtin(name = "getrandbits", parameterNames = {"self", "k"}, minNumOfPositionalArgs = 2)
    abstract static class GetRandBitsNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doBits(PRandom self, Object k) {
            long bits = NumberArgs.asLong(this, k);
            if (bits < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "number of bits must be non-negative");
            } else if (bits == 0) {
                return 0L;
            } else if (bits < 64) {
                return self.bits((int) bits);
            } else if (bits > Integer.MAX_VALUE - 32) {
                throw PythonErrors.raise(this, BuiltinType.OVERFLOW_ERROR, "Python int too large to convert to C int");
            }
            return normalize(self.bigBits((int) bits));
        }

        @TruffleBoundary
        private static Object normalize(BigInteger value) {
            return value.bitLength() < 64 ? (Object) value.longValue() : value;
        }
    }

    @Builtin(name = "getstate", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class GetStateNode extends PythonUnaryBuiltinNode {
        @Specialization
        static PTuple doState(PRandom self) {
            return toTuple(self.getState());
        }

        @TruffleBoundary
        private static PTuple toTuple(long[] state) {
            Object[] items = new Object[state.length];
            for (int i = 0; i < state.length; i++) {
                items[i] = state[i];
            }
            return new PTuple(items);
        }
    }

    @Builtin(name = "setstate", parameterNames = {"self", "state"}, minNumOfPositionalArgs = 2)
    abstract static class SetStateNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doState(PRandom self, Object state) {
            if (!(state instanceof PTuple tuple)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "state vector must be a tuple");
            }
            Object[] items = tuple.getItems();
            if (items.length != MersenneTwister.N + 1) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "state vector is the wrong size");
            }
            long[] words = new long[MersenneTwister.N];
            for (int i = 0; i < words.length; i++) {
                words[i] = unsignedLong(this, items[i]);
            }
            long index = NumberArgs.asLong(this, items[MersenneTwister.N]);
            if (index < 0 || index > MersenneTwister.N) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "invalid state");
            }
            self.setState(words, (int) index);
            return PNone.NONE;
        }

        /** CPython's {@code PyLong_AsUnsignedLong}, of which the low 32 bits are kept. */
        private static long unsignedLong(Node node, Object value) {
            Object n = NumberArgs.index(node, value);
            if (n instanceof Long l) {
                if (l < 0) {
                    throw PythonErrors.raise(node, BuiltinType.OVERFLOW_ERROR, "can't convert negative value to unsigned int");
                }
                return l;
            }
            throw PythonErrors.raise(node, BuiltinType.OVERFLOW_ERROR, "Python int too large to convert to C unsigned long");
        }
    }
}
