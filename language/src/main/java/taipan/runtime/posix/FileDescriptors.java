package taipan.runtime.posix;

import java.nio.channels.SeekableByteChannel;
import java.util.HashMap;
import java.util.Map;

/**
 * The numbered open files of one context, as {@code os.open} hands them out: the lowest free number from 3 up, as
 * a POSIX kernel does. Synchronised: threads open and close files concurrently.
 */
public final class FileDescriptors {
    private final Map<Integer, SeekableByteChannel> open = new HashMap<>();

    /** Registers {@code channel} under the lowest free descriptor. */
    public synchronized int add(SeekableByteChannel channel) {
        int fd = 3;
        while (open.containsKey(fd)) {
            fd++;
        }
        open.put(fd, channel);
        return fd;
    }

    /** Registers a channel under a fixed descriptor: the standard streams 0, 1 and 2. */
    public synchronized void put(int fd, SeekableByteChannel channel) {
        open.put(fd, channel);
    }

    /** The channel of {@code fd}, or null when it is not open. */
    public synchronized SeekableByteChannel get(long fd) {
        return fd < 0 || fd > Integer.MAX_VALUE ? null : open.get((int) fd);
    }

    /** Forgets {@code fd} and returns its channel, or null when it was not open. */
    public synchronized SeekableByteChannel remove(long fd) {
        return fd < 0 || fd > Integer.MAX_VALUE ? null : open.remove((int) fd);
    }
}
