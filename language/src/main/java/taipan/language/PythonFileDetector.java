package taipan.language;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.TruffleFile;

/** Recognises {@code .py} files; their encoding is UTF-8 unless a PEP 263 declaration says otherwise. */
public final class PythonFileDetector implements TruffleFile.FileTypeDetector {

    @Override
    public String findMimeType(TruffleFile file) throws IOException {
        String name = file.getName();
        return name != null && name.endsWith(".py") ? TaipanLanguage.MIME_TYPE : null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) throws IOException {
        return StandardCharsets.UTF_8;
    }
}
