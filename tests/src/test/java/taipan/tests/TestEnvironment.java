package taipan.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Where the tests find things: the assembled distribution, the shared folder beside the repository, settings. */
public final class TestEnvironment {

    private TestEnvironment() {
    }

    /** {@code component/target/taipan}, assembled earlier in the same reactor build. */
    static Path distribution() {
        return Path.of(property("taipan.dist", "../component/target/taipan")).toAbsolutePath().normalize();
    }

    public static Path launcher() {
        return distribution().resolve("bin/taipan");
    }

    /** {@code <repository root>/../shared}. */
    static Path shared() {
        return Path.of(property("taipan.shared", "../../shared")).toAbsolutePath().normalize();
    }

    static Path corpus() {
        return shared().resolve("conformance");
    }

    static boolean corpusPresent() {
        return Files.isDirectory(corpus());
    }

    /** The {@code tests} module's folder. */
    static Path testsDir() {
        return Path.of(property("taipan.tests.dir", ".")).toAbsolutePath().normalize();
    }

    /** Time limit for one conformance program ({@code -Dconformance.timeout=SECONDS}). */
    static Duration programTimeout() {
        return Duration.ofSeconds(Long.parseLong(property("conformance.timeout", "30")));
    }

    /**
     * How long the programs not on the expected-pass list may take in all, per suite
     * ({@code -Dconformance.budget=SECONDS}): past it they are skipped unrun, so programs that hang cannot push the
     * build past CI's time. Listed programs always run.
     */
    static Duration unlistedBudget(Duration fallback) {
        String value = System.getProperty("conformance.budget");
        return value == null || value.isEmpty() ? fallback : Duration.ofSeconds(Long.parseLong(value));
    }

    /** With {@code -Dconformance.update=true}, programs that pass are added to the expected-pass list. */
    static boolean updateExpectedPassList() {
        return Boolean.parseBoolean(property("conformance.update", "false"));
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
