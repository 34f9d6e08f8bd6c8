package taipan.runtime.posix;

import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * What {@code select.select} and {@code select.poll} share: waiting, with a Java {@link Selector}, until some of
 * the descriptors are ready, in poll(2)'s event bits. A descriptor that is not a selectable channel (a file, a
 * standard stream) is always ready, as regular files are for poll(2).
 */
public final class Readiness {
    public static final int POLLIN = 1;
    public static final int POLLPRI = 2;
    public static final int POLLOUT = 4;
    public static final int POLLERR = 8;
    public static final int POLLHUP = 16;
    public static final int POLLNVAL = 32;

    private Readiness() {
    }

    /**
     * Waits up to {@code timeoutMillis} (negative: forever) for the events of {@code interest} (descriptor to
     * POLLIN/POLLOUT bits); returns the ready descriptors and their events, in the order of {@code interest}.
     */
    @TruffleBoundary
    public static Map<Integer, Integer> poll(FileDescriptors fds, Map<Integer, Integer> interest, long timeoutMillis)
                    throws IOException {
        Map<Integer, Integer> ready = new LinkedHashMap<>();
        List<SelectableChannel> switched = new ArrayList<>();
        try (Selector selector = Selector.open()) {
            Map<SelectionKey, Integer> keys = new LinkedHashMap<>();
            for (Map.Entry<Integer, Integer> entry : interest.entrySet()) {
                int fd = entry.getKey();
                var channel = fds.get(fd);
                SelectableChannel selectable = channel instanceof StreamChannel s ? s.selectable() : null;
                if (channel == null && fd > 2 || channel != null && !channel.isOpen()) {
                    ready.put(fd, POLLNVAL);
                } else if (selectable == null) {
                    int events = entry.getValue() & (POLLIN | POLLOUT);
                    if (events != 0) {
                        ready.put(fd, events);
                    }
                } else {
                    int ops = ops(selectable, entry.getValue());
                    if (ops != 0) {
                        if (selectable.isBlocking()) {
                            selectable.configureBlocking(false);
                            switched.add(selectable);
                        }
                        keys.put(selectable.register(selector, ops), fd);
                    }
                }
            }
            if (ready.isEmpty() && !keys.isEmpty()) {
                if (timeoutMillis == 0) {
                    selector.selectNow();
                } else {
                    selector.select(Math.max(timeoutMillis, 0));
                }
            } else if (ready.isEmpty() && timeoutMillis != 0) {
                sleep(timeoutMillis);
            } else {
                selector.selectNow();
            }
            for (SelectionKey key : selector.selectedKeys()) {
                try {
                    ready.merge(keys.get(key), events(key.readyOps()), (a, b) -> a | b);
                } catch (CancelledKeyException e) {
                    ready.put(keys.get(key), POLLNVAL);
                }
            }
            selector.keys().forEach(SelectionKey::cancel);
            selector.selectNow();
        } finally {
            for (SelectableChannel channel : switched) {
                if (channel.isOpen()) {
                    channel.configureBlocking(true);
                }
            }
        }
        return ready;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis < 0 ? Long.MAX_VALUE : millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int ops(SelectableChannel channel, int events) {
        int ops = 0;
        if ((events & (POLLIN | POLLPRI)) != 0) {
            ops |= channel instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
        }
        if ((events & POLLOUT) != 0) {
            ops |= channel instanceof SocketChannel s && s.isConnectionPending() ? SelectionKey.OP_CONNECT
                            : SelectionKey.OP_WRITE;
        }
        return ops & channel.validOps();
    }

    private static int events(int readyOps) {
        int events = 0;
        if ((readyOps & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
            events |= POLLIN;
        }
        if ((readyOps & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
            events |= POLLOUT;
        }
        return events;
    }
}
