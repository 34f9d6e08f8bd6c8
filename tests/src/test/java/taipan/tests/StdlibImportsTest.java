package taipan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 6's acceptance list: every module of it imports under {@code bin/taipan}, each in the same process. */
class StdlibImportsTest {

    static final List<String> MODULES = List.of(("os sys re json collections itertools functools operator typing "
                    + "dataclasses enum abc contextlib io pathlib tempfile shutil subprocess argparse logging unittest "
                    + "doctest textwrap string struct copy pprint heapq bisect random math statistics decimal fractions "
                    + "datetime calendar time base64 binascii hashlib zlib gzip zipfile tarfile csv configparser difflib "
                    + "shlex fnmatch glob inspect traceback warnings weakref types asyncio socket selectors queue "
                    + "threading concurrent.futures").split(" "));

    /** Modules that do not import yet: remove a name here when it imports; the test then holds it to that. */
    static final Set<String> PENDING = Set.of();

    @TempDir
    Path dir;

    @Test
    void issueSixModulesImport() {
        StringBuilder program = new StringBuilder("failed = []\n");
        List<String> expected = new ArrayList<>();
        for (String name : MODULES) {
            if (!PENDING.contains(name)) {
                program.append("try:\n    __import__('").append(name).append("')\nexcept BaseException as e:\n")
                                .append("    failed.append('").append(name).append(": ' + type(e).__name__ + ': ' + str(e))\n");
                expected.add(name);
            }
        }
        program.append("print(len(failed), 'failed'); print('\\n'.join(failed))\n");
        ProgramResult result = ProcessRunner.taipan(dir, Duration.ofSeconds(120), "-c", program.toString());
        assertEquals("0 failed\n\n", result.stdout(), result.stderr());
        assertEquals(61, expected.size());
    }
}
