package taipan.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles {@code examples/embedding} against the built distribution's jars and runs its {@code main} in a JVM of
 * its own, as an embedder would (the jars on the module path, the Graal compiler on the upgrade module path), and
 * checks what it prints: the example is part of the test suite, so it cannot rot.
 */
class EmbeddingExampleTest {

    private static Path distribution() {
        return Path.of(System.getProperty("taipan.dist", "../component/target/taipan")).toAbsolutePath().normalize();
    }

    private static Path example() {
        return Path.of(System.getProperty("taipan.tests.dir", ".")).toAbsolutePath().resolve("../examples/embedding")
                        .normalize();
    }

    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void exampleCompilesAndRuns(@TempDir Path classes) throws IOException, InterruptedException {
        List<String> sources;
        try (Stream<Path> files = Files.walk(example().resolve("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        Path modules = distribution().resolve("lib/modules");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> compileArgs = new ArrayList<>(List.of("-d", classes.toString(), "--release", "21", "-cp",
                        modules.resolve("polyglot.jar").toString()));
        compileArgs.addAll(sources);
        assertEquals(0, javac.run(null, null, null, compileArgs.toArray(String[]::new)), "the example does not compile");

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI",
                        "--upgrade-module-path=" + distribution().resolve("lib/graal/compiler.jar"),
                        "--module-path=" + modules, "--add-modules=ALL-MODULE-PATH",
                        "--enable-native-access=org.graalvm.truffle", "--sun-misc-unsafe-memory-access=allow",
                        "-cp", classes.toString(), "example.EmbeddingExample").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertEquals("""
                        total: 16
                        total in EUR: 8.0
                        BASKET! has 3 prices
                        count: 3
                        squares: [9, 25, 64]
                        repr: {'count': 3, 'squares': [9, 25, 64]}
                        """, output);
    }
}
