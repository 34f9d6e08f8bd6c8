package taipan.runtime.io;

import java.io.InputStream;

import com.oracle.truffle.api.object.DynamicObjectLibrary;

import taipan.language.TaipanLanguage;
import taipan.runtime.posix.FileDescriptors;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr} of one context, as CPython's {@code create_stdio}
 * makes them: a {@code TextIOWrapper} over a buffered object over a {@code FileIO} on descriptor 0, 1 or 2. The
 * descriptors' channels are the embedder's input stream and the context's {@link PythonOutput}s, and the two
 * output wrappers write text straight to theirs, so {@code print} keeps its fast path and its order.
 */
public final class StandardStreams {

    private final PTextIOWrapper stdin;
    private final PTextIOWrapper stdout;
    private final PTextIOWrapper stderr;

    public StandardStreams(TaipanLanguage language, FileDescriptors fds, InputStream in, PythonOutput out,
                    PythonOutput err) {
        stdin = create(language, fds, 0, new StdStreamChannel(in, null), null, "<stdin>", "r", "strict");
        stdout = create(language, fds, 1, new StdStreamChannel(null, out), out, "<stdout>", "w", "strict");
        stderr = create(language, fds, 2, new StdStreamChannel(null, err), err, "<stderr>", "w", "backslashreplace");
    }

    private static PTextIOWrapper create(TaipanLanguage language, FileDescriptors fds, int fd, StdStreamChannel channel,
                    PythonOutput direct, String name, String mode, String errors) {
        fds.put(fd, channel);
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        PFileIO raw = new PFileIO(language.getBuiltinClass(BuiltinType.FILE_IO).getInstanceShape());
        raw.open(fd, channel, fd == 0, fd != 0, false, false, false);
        lib.put(raw, "name", PyStrings.of(name));
        BuiltinType bufferType = fd == 0 ? BuiltinType.BUFFERED_READER : BuiltinType.BUFFERED_WRITER;
        PBuffered buffer = new PBuffered(language.getBuiltinClass(bufferType).getInstanceShape());
        buffer.init(fd == 0 ? PBuffered.Kind.READER : PBuffered.Kind.WRITER, raw, null, 8192);
        PTextIOWrapper text = new PTextIOWrapper(language.getBuiltinClass(BuiltinType.TEXT_IO_WRAPPER).getInstanceShape());
        text.init(buffer, "utf-8", errors, null, false, false);
        text.setDirect(direct);
        text.setCapabilities(fd == 0, fd != 0);
        lib.put(text, "mode", PyStrings.of(mode));
        return text;
    }

    public PTextIOWrapper getStdin() {
        return stdin;
    }

    public PTextIOWrapper getStdout() {
        return stdout;
    }

    public PTextIOWrapper getStderr() {
        return stderr;
    }
}
