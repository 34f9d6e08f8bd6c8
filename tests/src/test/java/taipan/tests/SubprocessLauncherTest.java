package taipan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code subprocess} cannot do on the JVM, refused the way CPython refuses it where it cannot fork: a
 * {@code preexec_fn} is a ValueError raised before any child starts, and the function never runs.
 */
class SubprocessLauncherTest {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @Test
    void preexecFnIsRefusedBeforeAnyChildStarts() {
        String code = """
                        import subprocess
                        called = []
                        try:
                            subprocess.run(["touch", "started"], preexec_fn=lambda: called.append(1), stdout=subprocess.PIPE)
                        except ValueError as e:
                            print("ValueError:", e)
                        print("called:", called)
                        print("still works:", subprocess.run(["echo", "ok"], capture_output=True, text=True).stdout.strip())
                        """;
        ProgramResult result = ProcessRunner.taipan(dir, LIMIT, "-c", code);
        assertEquals("ValueError: preexec_fn is not supported on this platform: Taipan runs on the JVM, which cannot "
                        + "fork\ncalled: []\nstill works: ok\n", result.stdout(), result.stderr());
        assertFalse(Files.exists(dir.resolve("started")), "the child ran");
        assertEquals(0, result.status(), result.stderr());
    }
}
