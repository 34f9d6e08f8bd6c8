package taipan.runtime.posix;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;

import taipan.runtime.object.PythonObject;

/**
 * A {@code _socket.socket} (CPython's {@code Modules/socketmodule.c}) on a Java NIO channel: a
 * {@link SocketChannel} until {@code listen} turns it into a {@link ServerSocketChannel}, or a
 * {@link DatagramChannel}. Its descriptor is an entry of the context's {@link FileDescriptors} (a
 * {@link StreamChannel}), so {@code select}/{@code poll} and {@code os.close} find it by number. The timeout follows
 * CPython: negative is blocking, zero non-blocking, positive a deadline per operation.
 */
public final class PSocket extends PythonObject {
    /** What a non-blocking operation returns when it would block (CPython's EAGAIN). */
    public static final int WOULD_BLOCK = -2;
    /** What an operation with a timeout returns when the time ran out. */
    public static final int TIMED_OUT = -3;

    private int fd = -1;
    private int family;
    private int type;
    private int proto;
    private double timeout = -1;
    private NetworkChannel channel;
    /** One of a {@code socketpair}: its addresses are unnamed, as an AF_UNIX pair's are. */
    private boolean pair;

    public PSocket(Shape shape) {
        super(shape);
    }

    /** Opens the channel {@code family} and {@code type} ask for (AF_UNIX 1, AF_INET 2, AF_INET6 10). */
    @TruffleBoundary
    public static NetworkChannel open(int family, int type) throws IOException {
        StandardProtocolFamily protocol = family == 1 ? StandardProtocolFamily.UNIX
                        : family == 10 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
        return (type & 0xf) == 2 ? DatagramChannel.open(protocol) : SocketChannel.open(protocol);
    }

    public void init(int descriptor, int fam, int typ, int pro, NetworkChannel ch, double defaultTimeout)
                    throws IOException {
        this.fd = descriptor;
        this.family = fam;
        this.type = typ & 0xf;
        this.proto = pro;
        this.channel = ch;
        setTimeout((typ & 2048) != 0 ? 0 : defaultTimeout);
    }

    public boolean isPair() {
        return pair;
    }

    public void markPair() {
        pair = true;
    }

    public int getFd() {
        return fd;
    }

    public int getFamily() {
        return family;
    }

    public int getType() {
        return type;
    }

    public int getProto() {
        return proto;
    }

    public double getTimeout() {
        return timeout;
    }

    public NetworkChannel getChannel() {
        return channel;
    }

    public boolean isClosed() {
        return fd < 0;
    }

    /** Forgets the descriptor ({@code close} and {@code detach}); returns the one it had. */
    public int release() {
        int old = fd;
        fd = -1;
        return old;
    }

    @TruffleBoundary
    public void setTimeout(double seconds) throws IOException {
        timeout = seconds;
        ((SelectableChannel) channel).configureBlocking(seconds < 0);
    }

    /** {@code listen}: a stream socket becomes a server channel on the address it was bound to. */
    @TruffleBoundary
    public NetworkChannel listen(int backlog) throws IOException {
        if (channel instanceof ServerSocketChannel) {
            return channel;
        }
        SocketAddress local = channel.getLocalAddress();
        channel.close();
        StandardProtocolFamily protocol = family == 1 ? StandardProtocolFamily.UNIX
                        : family == 10 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
        ServerSocketChannel server = ServerSocketChannel.open(protocol);
        if (family != 1) {
            server.setOption(java.net.StandardSocketOptions.SO_REUSEADDR, true);
        }
        server.bind(local, Math.max(backlog, 1));
        channel = server;
        setTimeout(timeout);
        return server;
    }

    /**
     * Waits until the channel is ready for {@code ops} when the socket has a positive timeout; returns false when the
     * time ran out. Blocking and non-blocking sockets return at once.
     */
    @TruffleBoundary
    public boolean await(int ops) throws IOException {
        if (timeout <= 0) {
            return true;
        }
        try (Selector selector = Selector.open()) {
            ((SelectableChannel) channel).register(selector, ops);
            return selector.select(Math.max(1, (long) (timeout * 1000))) > 0;
        }
    }

    /** Reads into {@code buffer}: the count, -1 at the end of the stream, or {@link #WOULD_BLOCK}/{@link #TIMED_OUT}. */
    @TruffleBoundary
    public int read(ByteBuffer buffer) throws IOException {
        if (!await(channel instanceof SocketChannel ? SelectionKey.OP_READ : SelectionKey.OP_READ)) {
            return TIMED_OUT;
        }
        int n = channel instanceof DatagramChannel d ? (d.receive(buffer) == null ? 0 : buffer.position())
                        : ((SocketChannel) channel).read(buffer);
        if (n == 0 && timeout == 0 && buffer.position() == 0 && buffer.hasRemaining()) {
            return WOULD_BLOCK;
        }
        return n;
    }

    /** Writes what it can of {@code buffer}: the count, or {@link #WOULD_BLOCK}/{@link #TIMED_OUT}. */
    @TruffleBoundary
    public int write(ByteBuffer buffer) throws IOException {
        if (!await(SelectionKey.OP_WRITE)) {
            return TIMED_OUT;
        }
        int n = channel instanceof DatagramChannel d ? d.write(buffer) : ((SocketChannel) channel).write(buffer);
        return n == 0 && timeout == 0 && buffer.hasRemaining() ? WOULD_BLOCK : n;
    }
}
