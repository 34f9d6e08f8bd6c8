package taipan.runtime.posix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A descriptor that is not a file: a pipe end or a socket, kept in {@link FileDescriptors} beside the files so that
 * {@code os.read}, {@code os.write}, {@code os.close}, {@code FileIO} and {@code select} all find it by number. Not
 * seekable, as a pipe is not; {@link #selectable()} is what {@code select}/{@code poll} wait on.
 */
public final class StreamChannel implements SeekableByteChannel {
    private final Channel channel;
    private volatile boolean detached;

    public StreamChannel(Channel channel) {
        this.channel = channel;
    }

    /** The wrapped NIO channel (a pipe end, a socket channel). */
    public Channel channel() {
        return channel;
    }

    /** The channel a selector can wait on, or null when there is none. */
    public SelectableChannel selectable() {
        return channel instanceof SelectableChannel s ? s : null;
    }

    /**
     * Hands the channel over to someone else (a child process's pump thread): closing this descriptor afterwards
     * leaves the channel open, as a parent's close of a forked child's pipe end leaves the child's copy open.
     */
    public void detach() {
        detached = true;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (!(channel instanceof ReadableByteChannel readable)) {
            throw new IOException("Bad file descriptor");
        }
        return readable.read(dst);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        if (!(channel instanceof WritableByteChannel writable)) {
            throw new IOException("Bad file descriptor");
        }
        return writable.write(src);
    }

    @Override
    public long position() throws IOException {
        throw new IOException("Illegal seek");
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        throw new IOException("Illegal seek");
    }

    @Override
    public long size() throws IOException {
        return 0;
    }

    @Override
    public SeekableByteChannel truncate(long size) throws IOException {
        throw new IOException("Invalid argument");
    }

    @Override
    public boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
        if (!detached) {
            channel.close();
        }
    }
}
