package taipan.tests;

/** What one run of a program did: its stdout and stderr text and its exit status. */
record ProgramResult(String stdout, String stderr, int status) {

    /** The exit status of a run stopped by its time limit (as the {@code timeout} command reports). */
    static final int TIMED_OUT = 124;
}
