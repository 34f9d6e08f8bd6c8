package taipan.builtins.modules;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.bytes.PByteArray;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.posix.PSocket;
import taipan.runtime.posix.PosixErrors;
import taipan.runtime.type.BuiltinType;

/** {@code _socket.socket}'s connecting, sending, receiving and options. */
@CoreFunctions(extendClasses = BuiltinType.SOCKET)
public final class SocketIoBuiltins {

    private SocketIoBuiltins() {
    }

    /** Connects; 0 or the errno, as {@code connect_ex} reports it (EINPROGRESS for a non-blocking socket). */
    @TruffleBoundary
    static int connect(Node node, PSocket self, Object address) {
        SocketBuiltins.open(node, self);
        SocketAddress target = SocketArgs.address(node, self.getFamily(), address);
        try {
            if (self.getChannel() instanceof DatagramChannel d) {
                d.connect(target);
                return 0;
            }
            SocketChannel channel = (SocketChannel) self.getChannel();
            if (channel.isConnectionPending()) {
                return channel.finishConnect() ? 0 : 114;
            }
            if (channel.connect(target)) {
                return 0;
            } else if (self.getTimeout() == 0) {
                return 115;
            } else if (!self.await(SelectionKey.OP_CONNECT)) {
                return 110;
            }
            return channel.finishConnect() ? 0 : 115;
        } catch (IOException | RuntimeException e) {
            if (e instanceof PException p) {
                throw p;
            }
            PException error = SocketArgs.error(node, e);
            Object errno = ((taipan.runtime.exception.PBaseException) error.getPythonException()).getField("errno");
            return errno instanceof Long l ? l.intValue() : PosixErrors.EINVAL;
        }
    }

    @Builtin(name = "connect", parameterNames = {"self", "address"}, minNumOfPositionalArgs = 2)
    abstract static class ConnectNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            int errno = connect(this, (PSocket) arguments[0], arguments[1]);
            if (errno == 110) {
                throw PythonErrors.raise(this, BuiltinType.TIMEOUT_ERROR, "timed out");
            } else if (errno != 0) {
                throw PosixErrors.raise(this, errno, null, null);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "connect_ex", parameterNames = {"self", "address"}, minNumOfPositionalArgs = 2)
    abstract static class ConnectExNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            return (long) connect(this, (PSocket) arguments[0], arguments[1]);
        }
    }

    @TruffleBoundary
    static int receive(Node node, PSocket self, ByteBuffer buffer) {
        SocketBuiltins.open(node, self);
        try {
            int n = self.read(buffer);
            if (n == PSocket.WOULD_BLOCK || n == PSocket.TIMED_OUT) {
                throw SocketArgs.notReady(node, n);
            }
            return Math.max(n, 0);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PException p) {
                throw p;
            }
            throw SocketArgs.error(node, e);
        }
    }

    @Builtin(name = "recv", parameterNames = {"self", "bufsize", "flags"}, minNumOfPositionalArgs = 2)
    abstract static class RecvNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            int size = SocketArgs.intArg(this, arguments[1], 0);
            if (size < 0) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "negative buffersize in recv");
            }
            ByteBuffer buffer = ByteBuffer.allocate(size);
            int n = receive(this, (PSocket) arguments[0], buffer);
            return new PBytes(java.util.Arrays.copyOf(buffer.array(), n));
        }
    }

    @Builtin(name = "recv_into", parameterNames = {"self", "buffer", "nbytes", "flags"}, minNumOfPositionalArgs = 2)
    abstract static class RecvIntoNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            if (!(arguments[1] instanceof PByteArray target)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "recv_into() argument 'buffer' must be read-write bytes-like object, not %s",
                                PythonErrors.typeName(this, arguments[1]));
            }
            int size = SocketArgs.intArg(this, arguments[2], 0);
            size = size <= 0 ? target.length() : Math.min(size, target.length());
            return (long) receive(this, (PSocket) arguments[0], ByteBuffer.wrap(target.array(), 0, size));
        }
    }

    @Builtin(name = "recvfrom", parameterNames = {"self", "bufsize", "flags"}, minNumOfPositionalArgs = 2)
    abstract static class RecvFromNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PSocket self = SocketBuiltins.open(this, (PSocket) arguments[0]);
            ByteBuffer buffer = ByteBuffer.allocate(Math.max(SocketArgs.intArg(this, arguments[1], 0), 0));
            try {
                if (!(self.getChannel() instanceof DatagramChannel d)) {
                    int n = receive(this, self, buffer);
                    return new PTuple(new Object[]{new PBytes(java.util.Arrays.copyOf(buffer.array(), n)), PNone.NONE});
                }
                if (!self.await(SelectionKey.OP_READ)) {
                    throw SocketArgs.notReady(this, PSocket.TIMED_OUT);
                }
                SocketAddress from = d.receive(buffer);
                if (from == null) {
                    throw SocketArgs.notReady(this, PSocket.WOULD_BLOCK);
                }
                return new PTuple(new Object[]{new PBytes(java.util.Arrays.copyOf(buffer.array(), buffer.position())),
                    SocketArgs.toPython(from)});
            } catch (IOException e) {
                throw SocketArgs.error(this, e);
            }
        }
    }

    @TruffleBoundary
    static int send(Node node, PSocket self, ByteBuffer buffer) {
        SocketBuiltins.open(node, self);
        try {
            int n = self.write(buffer);
            if (n == PSocket.WOULD_BLOCK || n == PSocket.TIMED_OUT) {
                throw SocketArgs.notReady(node, n);
            }
            return n;
        } catch (IOException | RuntimeException e) {
            if (e instanceof PException p) {
                throw p;
            }
            throw SocketArgs.error(node, e);
        }
    }

    @Builtin(name = "send", parameterNames = {"self", "data", "flags"}, minNumOfPositionalArgs = 2)
    abstract static class SendNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            byte[] data = NativeBufferArgs.bytes(this, arguments[1]);
            return (long) send(this, (PSocket) arguments[0], ByteBuffer.wrap(data));
        }
    }

    @Builtin(name = "sendall", parameterNames = {"self", "data", "flags"}, minNumOfPositionalArgs = 2)
    abstract static class SendAllNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            ByteBuffer buffer = ByteBuffer.wrap(NativeBufferArgs.bytes(this, arguments[1]));
            while (buffer.hasRemaining()) {
                send(this, (PSocket) arguments[0], buffer);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "sendto", parameterNames = {"self", "data", "flags_or_address", "address"},
                    minNumOfPositionalArgs = 3)
    abstract static class SendToNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PSocket self = SocketBuiltins.open(this, (PSocket) arguments[0]);
            Object address = arguments[3] == PNone.NO_VALUE ? arguments[2] : arguments[3];
            SocketAddress target = SocketArgs.address(this, self.getFamily(), address);
            if (!(self.getChannel() instanceof DatagramChannel d)) {
                throw PosixErrors.raise(this, 106, null, null);
            }
            try {
                return (long) d.send(ByteBuffer.wrap(NativeBufferArgs.bytes(this, arguments[1])), target);
            } catch (IOException e) {
                throw SocketArgs.error(this, e);
            }
        }
    }

    @Builtin(name = "shutdown", parameterNames = {"self", "how"}, minNumOfPositionalArgs = 2)
    abstract static class ShutdownNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PSocket self = SocketBuiltins.open(this, (PSocket) arguments[0]);
            int how = SocketArgs.intArg(this, arguments[1], 2);
            try {
                if (!(self.getChannel() instanceof SocketChannel s) || !s.isConnected()) {
                    throw PosixErrors.raise(this, 107, null, null);
                }
                if (how == 0 || how == 2) {
                    s.shutdownInput();
                }
                if (how == 1 || how == 2) {
                    s.shutdownOutput();
                }
            } catch (IOException e) {
                throw SocketArgs.error(this, e);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "setsockopt", parameterNames = {"self", "level", "option", "value", "optlen"},
                    minNumOfPositionalArgs = 4)
    abstract static class SetSockOptNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PSocket self = SocketBuiltins.open(this, (PSocket) arguments[0]);
            int level = SocketArgs.intArg(this, arguments[1], 0);
            int option = SocketArgs.intArg(this, arguments[2], 0);
            boolean on = arguments[3] instanceof Long || arguments[3] instanceof Boolean ? SocketArgs.intArg(this, arguments[3], 0) != 0 : true;
            try {
                if (level == 1 && option == 2 && self.getFamily() != SocketArgs.AF_UNIX) {
                    self.getChannel().setOption(StandardSocketOptions.SO_REUSEADDR, on);
                } else if (level == 1 && option == 9 && self.getChannel() instanceof SocketChannel) {
                    self.getChannel().setOption(StandardSocketOptions.SO_KEEPALIVE, on);
                } else if (level == 6 && option == 1 && self.getChannel() instanceof SocketChannel) {
                    self.getChannel().setOption(StandardSocketOptions.TCP_NODELAY, on);
                } else if (level == 1 && option == 6 && self.getChannel() instanceof DatagramChannel) {
                    self.getChannel().setOption(StandardSocketOptions.SO_BROADCAST, on);
                }
                // other options are accepted and have no effect on a Java channel
            } catch (IOException | UnsupportedOperationException e) {
                throw SocketArgs.error(this, e);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "getsockopt", parameterNames = {"self", "level", "option", "buflen"}, minNumOfPositionalArgs = 3)
    abstract static class GetSockOptNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PSocket self = SocketBuiltins.open(this, (PSocket) arguments[0]);
            int level = SocketArgs.intArg(this, arguments[1], 0);
            int option = SocketArgs.intArg(this, arguments[2], 0);
            if (level == 1 && option == 4) {
                // SO_ERROR: a non-blocking connect's outcome, which asyncio reads once the socket is writable
                if (self.getChannel() instanceof SocketChannel s && s.isConnectionPending()) {
                    try {
                        return s.finishConnect() ? 0L : 115L;
                    } catch (IOException e) {
                        Object errno = ((taipan.runtime.exception.PBaseException) SocketArgs.error(this, e).getPythonException()).getField("errno");
                        return errno instanceof Long l ? l : 111L;
                    }
                }
                return 0L;
            } else if (level == 1 && option == 3) {
                return (long) self.getType();
            }
            try {
                if (level == 1 && option == 2 && self.getFamily() != SocketArgs.AF_UNIX) {
                    return self.getChannel().getOption(StandardSocketOptions.SO_REUSEADDR) ? 1L : 0L;
                } else if (level == 6 && option == 1 && self.getChannel() instanceof SocketChannel) {
                    return self.getChannel().getOption(StandardSocketOptions.TCP_NODELAY) ? 1L : 0L;
                }
            } catch (IOException | UnsupportedOperationException e) {
                throw SocketArgs.error(this, e);
            }
            return 0L;
        }
    }
}
