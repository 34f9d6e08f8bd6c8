package taipan.runtime.number;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The identity of a float NaN. Floats are Java doubles here, so a NaN has no object identity; instead each NaN that
 * CPython would create as a new object ({@code float('nan')}) gets a payload of its own, and two NaNs are "the same
 * object" when their bits are equal. Containers compare by identity first, so {@code nan in [nan]} is true while
 * {@code float('nan') in [float('nan')]} is false, as in CPython. NaNs from arithmetic keep the canonical payload.
 */
public final class NanIdentity {

    private static final long QUIET_NAN = 0x7ff8000000000000L;
    private static final long SIGN = 0x8000000000000000L;
    private static final long PAYLOAD_MASK = 0x0007ffffffffffffL;

    /** Shared by every context: a payload only has to differ from the others alive at the same time. */
    private static final AtomicLong NEXT = new AtomicLong();

    private NanIdentity() {
    }

    /** A quiet NaN with a payload no other NaN made here has (until the 2^51 counter wraps). */
    public static double fresh(boolean negative) {
        long payload = NEXT.incrementAndGet() & PAYLOAD_MASK;
        if (payload == 0) {
            payload = NEXT.incrementAndGet() & PAYLOAD_MASK; // zero is the canonical NaN of arithmetic
        }
        return Double.longBitsToDouble((negative ? SIGN : 0) | QUIET_NAN | payload);
    }

    /** Whether two doubles are the same Python float object: NaNs with equal bits are. */
    public static boolean same(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
    }

    /** {@code a == b} for floats inside a container, where identity is tried first. */
    public static boolean identicalOrEqual(double a, double b) {
        return a == b || same(a, b);
    }

    /** The NaN CPython would store: the identity payload dropped, the sign kept (for struct and the like). */
    public static double canonical(double d) {
        if (!Double.isNaN(d)) {
            return d;
        }
        return Double.longBitsToDouble((Double.doubleToRawLongBits(d) & SIGN) | QUIET_NAN);
    }

    /** The hash of a NaN: by its identity, that is its bits. */
    public static long hash(double nan) {
        long bits = Double.doubleToRawLongBits(nan);
        long h = bits ^ (bits >>> 29);
        return h == -1 ? -2 : h;
    }
}
