package taipan.language;

/**
 * With {@code TAIPAN_STARTUP_TRACE} set, prints to stderr how far into the process each start-up phase got and the
 * CPU time the calling thread used so far: the measurements start-up work (issue 6) is guided by.
 */
public final class StartupTrace {

    private static final boolean ENABLED = System.getenv("TAIPAN_STARTUP_TRACE") != null;

    private StartupTrace() {
    }

    /** Notes that {@code phase} was reached. */
    public static void mark(String phase) {
        if (ENABLED) {
            print(phase);
        }
    }

    /** At the end: every thread of the process that used CPU (Linux's /proc), which start-up's background work shows. */
    public static void threads() {
        if (!ENABLED) {
            return;
        }
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (java.nio.file.Path task : (Iterable<java.nio.file.Path>) tasks::iterator) {
                String stat = java.nio.file.Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
                if (ticks > 0) {
                    System.err.printf("[startup] thread %-24s %5d ms cpu%n", name, ticks * 10);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("[startup] no per-thread CPU times: " + e);
        }
    }

    private static void print(String phase) {
        long startMillis = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
        long cpuNanos = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        System.err.printf("[startup] %5d ms wall, %5d ms cpu (%s): %s%n", System.currentTimeMillis() - startMillis,
                        cpuNanos / 1_000_000, Thread.currentThread().getName(), phase);
    }
}
