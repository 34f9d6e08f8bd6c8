package taipan.builtins.modules;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.PythonContext;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.posix.PSocket;
import taipan.runtime.posix.PosixErrors;
import taipan.runtime.posix.StreamChannel;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code _socket.socket}'s construction, addresses and modes; the data transfer is in {@link SocketIoBuiltins}. */
@CoreFunctions(extendClasses = BuiltinType.SOCKET)
public final class SocketBuiltins {

    private SocketBuiltins() {
    }

    @Builtin(name = "socket", parameterNames = {"cls", "family", "type", "proto", "fileno"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false, constructsClass = BuiltinType.SOCKET)
    abstract static class SocketNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PythonClass type = (PythonClass) arguments[0];
            PSocket socket = new PSocket(type.getInstanceShape());
            if (!(type.lookup("__init__") instanceof PFunction)) {
                init(this, socket, arguments[1], arguments[2], arguments[3], arguments[4]);
            }
            return socket;
        }
    }

    @Builtin(name = "__init__", parameterNames = {"self", "family", "type", "proto", "fileno"},
                    minNumOfPositionalArgs = 1, positionalOnly = false)
    abstract static class InitNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            init(this, (PSocket) arguments[0], arguments[1], arguments[2], arguments[3], arguments[4]);
            return PNone.NONE;
        }
    }

    @TruffleBoundary
    static void init(Node node, PSocket socket, Object familyArg, Object typeArg, Object protoArg, Object fileno) {
        int family = SocketArgs.intArg(node, familyArg, -1);
        int type = SocketArgs.intArg(node, typeArg, -1);
        int proto = Math.max(SocketArgs.intArg(node, protoArg, 0), 0);
        PythonContext context = PythonContext.get(node);
        try {
            NetworkChannel channel;
            int fd;
            if (fileno != PNone.NO_VALUE && fileno != PNone.NONE) {
                fd = SocketArgs.intArg(node, fileno, -1);
                if (!(context.getFileDescriptors().get(fd) instanceof StreamChannel s) ||
                                !(s.channel() instanceof NetworkChannel network)) {
                    throw PosixErrors.raise(node, fd < 0 ? PosixErrors.EBADF : 88, null, null);
                }
                channel = network;
                family = family == -1 ? familyOf(network) : family;
                type = type == -1 ? (network instanceof DatagramChannel ? 2 : 1) : type;
            } else {
                family = family == -1 ? SocketArgs.AF_INET : family;
                type = type == -1 ? 1 : type;
                if (family != SocketArgs.AF_UNIX && family != SocketArgs.AF_INET && family != SocketArgs.AF_INET6) {
                    throw PosixErrors.raise(node, 97, null, null);
                }
                channel = PSocket.open(family, type);
                fd = context.getFileDescriptors().add(new StreamChannel(channel));
            }
            socket.init(fd, family, type, proto, channel, SocketModuleBuiltins.defaultTimeout(context));
        } catch (IOException | UnsupportedOperationException e) {
            throw SocketArgs.error(node, e);
        }
    }

    static int familyOf(NetworkChannel channel) throws IOException {
        SocketAddress local = channel.getLocalAddress();
        if (local instanceof java.net.UnixDomainSocketAddress) {
            return SocketArgs.AF_UNIX;
        }
        return local instanceof java.net.InetSocketAddress inet && inet.getAddress() instanceof java.net.Inet6Address
                        ? SocketArgs.AF_INET6 : SocketArgs.AF_INET;
    }

    static PSocket open(Node node, PSocket socket) {
        if (socket.isClosed()) {
            throw PosixErrors.raise(node, PosixErrors.EBADF, null, null);
        }
        return socket;
    }

    @Builtin(name = "family", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class FamilyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PSocket self) {
            return (long) self.getFamily();
        }
    }

    @Builtin(name = "type", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class TypeNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PSocket self) {
            return (long) self.getType();
        }
    }

    @Builtin(name = "proto", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ProtoNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PSocket self) {
            return (long) self.getProto();
        }
    }

    @Builtin(name = "timeout", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class TimeoutNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PSocket self) {
            return self.getTimeout() < 0 ? PNone.NONE : (Object) self.getTimeout();
        }
    }

    @Builtin(name = "gettimeout", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class GetTimeoutNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PSocket self) {
            return self.getTimeout() < 0 ? PNone.NONE : (Object) self.getTimeout();
        }
    }

    @Builtin(name = "getblocking", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class GetBlockingNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object doIt(PSocket self) {
            return open(this, self).getTimeout() != 0;
        }
    }

    @Builtin(name = "settimeout", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 2)
    abstract static class SetTimeoutNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            setTimeout(this, (PSocket) arguments[0], SocketModuleBuiltins.timeoutArg(this, arguments[1]));
            return PNone.NONE;
        }
    }

    @Builtin(name = "setblocking", parameterNames = {"self", "flag"}, minNumOfPositionalArgs = 2)
    abstract static class SetBlockingNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            setTimeout(this, (PSocket) arguments[0], taipan.nodes.object.SlowCompare.isTrue(this, arguments[1]) ? -1 : 0);
            return PNone.NONE;
        }
    }

    static void setTimeout(Node node, PSocket socket, double timeout) {
        try {
            open(node, socket).setTimeout(timeout);
        } catch (IOException e) {
            throw SocketArgs.error(node, e);
        }
    }

    @Builtin(name = "fileno", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class FilenoNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PSocket self) {
            return (long) self.getFd();
        }
    }

    @Builtin(name = "detach", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class DetachNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object doIt(PSocket self) {
            return (long) self.release();
        }
    }

    @Builtin(name = "close", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PSocket self) {
            int fd = self.release();
            if (fd >= 0) {
                var channel = PythonContext.get(this).getFileDescriptors().remove(fd);
                try {
                    if (channel != null) {
                        channel.close();
                    }
                } catch (IOException e) {
                    throw SocketArgs.error(this, e);
                }
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "bind", parameterNames = {"self", "address"}, minNumOfPositionalArgs = 2)
    abstract static class BindNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PSocket self = open(this, (PSocket) arguments[0]);
            try {
                self.getChannel().bind(SocketArgs.address(this, self.getFamily(), arguments[1]));
            } catch (IOException | RuntimeException e) {
                if (e instanceof taipan.runtime.exception.PException p) {
                    throw p;
                }
                throw SocketArgs.error(this, e);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "listen", parameterNames = {"self", "backlog"}, minNumOfPositionalArgs = 1)
    abstract static class ListenNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            PSocket self = open(this, (PSocket) arguments[0]);
            try {
                NetworkChannel server = self.listen(SocketArgs.intArg(this, arguments[1], 128));
                PythonContext.get(this).getFileDescriptors().put(self.getFd(), new StreamChannel(server));
            } catch (IOException e) {
                throw SocketArgs.error(this, e);
            }
            return PNone.NONE;
        }
    }

    /** {@code _accept()}: the new connection's descriptor and its peer's address (socket.py wraps the descriptor). */
    @Builtin(name = "_accept", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class AcceptNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PSocket self) {
            open(this, self);
            if (!(self.getChannel() instanceof ServerSocketChannel server)) {
                throw PosixErrors.raise(this, PosixErrors.EINVAL, null, null);
            }
            try {
                if (!self.await(SelectionKey.OP_ACCEPT)) {
                    throw SocketArgs.notReady(this, PSocket.TIMED_OUT);
                }
                SocketChannel client = server.accept();
                if (client == null) {
                    throw SocketArgs.notReady(this, PSocket.WOULD_BLOCK);
                }
                int fd = PythonContext.get(this).getFileDescriptors().add(new StreamChannel(client));
                SocketAddress peer = client.getRemoteAddress();
                return new PTuple(new Object[]{(long) fd, SocketArgs.toPython(peer)});
            } catch (IOException e) {
                throw SocketArgs.error(this, e);
            }
        }
    }

    @Builtin(name = "getsockname", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class GetSockNameNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PSocket self) {
            try {
                SocketAddress local = open(this, self).getChannel().getLocalAddress();
                if (local == null || self.isPair()) {
                    return self.getFamily() == SocketArgs.AF_UNIX ? taipan.runtime.str.PyStrings.of("")
                                    : new PTuple(new Object[]{taipan.runtime.str.PyStrings.of("0.0.0.0"), 0L});
                }
                return SocketArgs.toPython(local);
            } catch (IOException e) {
                throw SocketArgs.error(this, e);
            }
        }
    }

    @Builtin(name = "getpeername", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class GetPeerNameNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(PSocket self) {
            try {
                SocketAddress remote = open(this, self).getChannel() instanceof SocketChannel s ? s.getRemoteAddress()
                                : self.getChannel() instanceof DatagramChannel d ? d.getRemoteAddress() : null;
                if (remote != null && self.isPair()) {
                    return taipan.runtime.str.PyStrings.of("");
                } else if (remote == null) {
                    throw PosixErrors.raise(this, 107, null, null);
                }
                return SocketArgs.toPython(remote);
            } catch (IOException e) {
                throw SocketArgs.error(this, e);
            }
        }
    }

    @Builtin(name = "__repr__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object doIt(PSocket self) {
            return taipan.runtime.str.PyStrings.of("<socket object, fd=" + self.getFd() + ", family=" +
                            self.getFamily() + ", type=" + self.getType() + ", proto=" + self.getProto() + ">");
        }
    }
}
