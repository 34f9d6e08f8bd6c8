package taipan.runtime.sre;

/** The context of one REPEAT while its body runs (SRE_REPEAT of sre.h): a stack linked through {@link #prev}. */
final class SreRepeat {
    /** Iterations matched so far; -1 before the first. */
    int count = -1;
    /** Index of the REPEAT's skip word: min is at +1, max at +2, the body at +3. */
    final int pc;
    final SreRepeat prev;
    /** Where the last iteration started, -1 for none: stops zero-width iterations from looping. */
    int lastPtr = -1;

    SreRepeat(int pc, SreRepeat prev) {
        this.pc = pc;
        this.prev = prev;
    }
}
