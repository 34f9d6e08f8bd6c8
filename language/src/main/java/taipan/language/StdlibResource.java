package taipan.language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.oracle.truffle.api.InternalResource;

/**
 * CPython 3.13.2's pure-Python standard library, packed into the language jar by the build and unpacked by Truffle
 * into the language's resource cache on first use, as {@code lib/python3.13}.
 */
@InternalResource.Id(value = "stdlib", componentId = "python")
public final class StdlibResource implements InternalResource {

    /** Where the build puts the archive inside the jar (META-INF is never a package, so it is never encapsulated). */
    static final String ARCHIVE = "/META-INF/taipan/python_stdlib.zip";

    /** Relative path of the library folder inside the unpacked resource. */
    public static final String LIB_DIR = "lib/python3.13";

    @Override
    public void unpackFiles(Env env, Path targetDirectory) throws IOException {
        Path lib = targetDirectory.resolve(LIB_DIR);
        try (InputStream raw = StdlibResource.class.getResourceAsStream(ARCHIVE)) {
            if (raw == null) {
                throw new IOException("the standard library archive " + ARCHIVE + " is missing from the language jar");
            }
            try (ZipInputStream zip = new ZipInputStream(raw)) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    Path out = lib.resolve(e.getName()).normalize();
                    if (!out.startsWith(lib)) {
                        throw new IOException("bad entry in the standard library archive: " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(zip, out);
                    }
                }
            }
        }
    }

    @Override
    public String versionHash(Env env) {
        // The archive's sha256 (checked by the build): a new archive gets a new cache folder.
        return "831fd1e535084b972f87c6a35275de3d236efd5166f5e77ce89497710635e73c";
    }
}
