package taipan.runtime.posix;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The child processes of one context ({@code _posixsubprocess.fork_exec} starts them with a
 * {@link ProcessBuilder}), by pid, for {@code os.waitpid} and {@code os.kill}. Java cannot hand a pipe descriptor to
 * a child, so pump threads copy between a child's streams and the pipe ends in {@link FileDescriptors}; waiting for
 * a child also waits for its pumps, so its output is all in the pipe once {@code waitpid} returns.
 */
public final class ChildProcesses {
    /** A started child: its process, its pump threads, and the signal {@code os.kill} sent it (0 for none). */
    private static final class Child {
        final Process process;
        final List<Thread> pumps = new ArrayList<>();
        volatile int signal;

        Child(Process process) {
            this.process = process;
        }
    }

    private final Map<Long, Child> children = new ConcurrentHashMap<>();

    /** Remembers {@code process}; returns its pid. */
    public long add(Process process) {
        children.put(process.pid(), new Child(process));
        return process.pid();
    }

    public boolean contains(long pid) {
        return children.containsKey(pid);
    }

    /** Copies {@code from} to {@code to} on a daemon thread of {@code pid}, closing {@code to} at the end if asked. */
    @TruffleBoundary
    public void pump(long pid, InputStream from, WritableByteChannel to, boolean closeTarget, Runnable afterWrite) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (from) {
                for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                    ByteBuffer data = ByteBuffer.wrap(buffer, 0, n);
                    while (data.hasRemaining()) {
                        to.write(data);
                    }
                    if (afterWrite != null) {
                        afterWrite.run();
                    }
                }
            } catch (IOException e) {
                // the reader went away (a closed pipe): the child sees a broken pipe, as it would in C
            } finally {
                closeQuietly(closeTarget ? to : null);
            }
        }, "taipan-child-" + pid);
        thread.setDaemon(true);
        children.get(pid).pumps.add(thread);
        thread.start();
    }

    /** Copies a pipe's read end into the child's standard input, closing it at the pipe's end. */
    @TruffleBoundary
    public void pumpInto(long pid, ReadableByteChannel from, OutputStream to) {
        pump(pid, Channels.newInputStream(from), Channels.newChannel(to), true, () -> {
            try {
                to.flush();
            } catch (IOException e) {
                // the child closed its input; the next write reports it
            }
        });
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException e) {
            // nothing to report to: the pump's reader has gone
        }
    }

    /**
     * {@code waitpid}: the wait status (exit code << 8, or the signal), 0 when {@code noHang} and the child still runs,
     * or -1 when {@code pid} is not a child of this context.
     */
    @TruffleBoundary
    public long waitFor(long pid, boolean noHang) throws InterruptedException {
        Child child = children.get(pid);
        if (child == null) {
            return -1;
        }
        if (noHang && child.process.isAlive()) {
            return 0;
        }
        int code = child.process.waitFor();
        for (Thread pump : child.pumps) {
            pump.join();
        }
        children.remove(pid);
        if (child.signal != 0 && (code == 128 + child.signal || code == 143 || code == 137)) {
            return code - 128;
        }
        return (long) (code & 0xff) << 8;
    }

    /** {@code kill}: false when {@code pid} is not a child of this context. */
    @TruffleBoundary
    public boolean kill(long pid, int signal) {
        Child child = children.get(pid);
        if (child == null) {
            return false;
        }
        if (signal != 0 && child.process.isAlive()) {
            child.signal = signal;
            if (signal == 9) {
                child.process.destroyForcibly();
            } else {
                child.process.destroy();
            }
        }
        return true;
    }
}
