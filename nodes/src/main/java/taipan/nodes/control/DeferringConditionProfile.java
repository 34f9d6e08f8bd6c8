package taipan.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.nodes.NodeCloneable;

/**
 * A counting branch profile whose side never taken before compilation deoptimises without invalidating the code
 * when compiled code first takes it, and invalidates only after {@link #COLD_DEOPTS_BEFORE_INVALIDATE} such deopts.
 *
 * <p>Why not Truffle's {@code CountingConditionProfile}: it invalidates on the first entry, so a hot function compiled
 * early (raytrace's {@code trace()} after 400 calls that all returned the sky colour) is recompiled once per newly
 * reached branch, each time with a profile one branch older, and a recompile of a large function costs seconds of
 * a cold Graal. Here the first entries only leave compiled code: the interpreter runs the rest of that call and fills
 * in the profiles (and specialises the nodes) of everything the new path reaches, so the one recompile that follows
 * sees them all. The deopts cost a little interpreter time each, which is what the function would spend anyway
 * while it waited, invalidated, for its recompilation.
 *
 * <p>A {@link NodeCloneable}, so a split copy of a function gets its own profile as it does Truffle's.
 */
public final class DeferringConditionProfile extends NodeCloneable {

    /**
     * Deopts of one profile's cold sides before the code is invalidated. A deopt and the interpreted rest of the call
     * cost some 50-200 us, a recompilation by a cold Graal 0.1-3 s. Measured on raytrace with foreground compilation:
     * 16 deopts left 7 of trace()'s 9 compilations, 100 left 6, 1000 left 3. But a branch that stays rare after
     * compilation leaves compiled code every time it is taken until the limit: at 1000, raytrace's late iterations
     * (background compilation, quiet machine) stayed at 0.12-0.15 s where the code before this profile reached
     * 0.04-0.07 s. 64 bounds that cost to a few milliseconds a profile and measured level with the old code.
     */
    static final int COLD_DEOPTS_BEFORE_INVALIDATE = 64;
    private static final int MAX_COUNT = 1 << 30;

    @CompilationFinal private int trueCount;
    @CompilationFinal private int falseCount;
    /** A lost increment between threads only delays the invalidation. */
    private int coldDeopts;

    private DeferringConditionProfile() {
    }

    public static DeferringConditionProfile create() {
        return new DeferringConditionProfile();
    }

    /** One profile for each of {@code count} branch points (short-circuit operators: one per operand but the last). */
    public static DeferringConditionProfile[] createArray(int count) {
        DeferringConditionProfile[] profiles = new DeferringConditionProfile[Math.max(count, 0)];
        for (int i = 0; i < profiles.length; i++) {
            profiles[i] = new DeferringConditionProfile();
        }
        return profiles;
    }

    /** Returns {@code value}, recording it in the interpreter and telling the compiler how likely it is. */
    public boolean profile(boolean value) {
        int t = trueCount;
        int f = falseCount;
        if (value ? t == 0 : f == 0) {
            leaveColdBranch();
        }
        if (CompilerDirectives.inInterpreter()) {
            count(value);
        }
        double probability = t + f == 0 ? 0.5 : (double) t / (t + f);
        return CompilerDirectives.injectBranchProbability(probability, value);
    }

    /** In compiled code, a side the profile never saw: back to the interpreter, invalidating only at the limit. */
    private void leaveColdBranch() {
        if (CompilerDirectives.inCompiledCode()) {
            int n = coldDeopts;
            // Counted in compiled code: the deopt resumes the interpreter at the last side effect before it, which
            // without this write could be far back in the caller, where the interpreter would never count it.
            coldDeopts = n + 1;
            if (n >= COLD_DEOPTS_BEFORE_INVALIDATE) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
            } else {
                CompilerDirectives.transferToInterpreter();
            }
        }
    }

    /** Reads the counts again: after a deopt, the locals read at the start hold the compiled code's constants. */
    private void count(boolean value) {
        int t = trueCount;
        int f = falseCount;
        if (t >= MAX_COUNT || f >= MAX_COUNT) {
            // keep the ratio, never reach zero again (zero means "never seen")
            trueCount = (t + 1) >> 1;
            falseCount = (f + 1) >> 1;
        } else if (value) {
            trueCount = t + 1;
        } else {
            falseCount = f + 1;
        }
    }
}
