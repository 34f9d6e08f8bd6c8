package taipan.builtins.modules;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.builtins.functions.NumberArgs;
import taipan.language.TaipanLanguage;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PTuple;
import taipan.runtime.posix.PSocket;
import taipan.runtime.posix.PosixErrors;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** Socket addresses between Python's tuples and paths and Java's {@link SocketAddress}, and socket errors. */
final class SocketArgs {
    static final int AF_UNIX = 1;
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;

    private SocketArgs() {
    }

    /** A Python address ({@code (host, port)}, {@code (host, port, flow, scope)}, a path) for {@code family}. */
    @TruffleBoundary
    static SocketAddress address(Node node, int family, Object address) {
        if (family == AF_UNIX) {
            if (address instanceof TruffleString s) {
                return UnixDomainSocketAddress.of(PyStrings.toJava(s));
            } else if (address instanceof PBytes b) {
                return UnixDomainSocketAddress.of(new String(b.array(), 0, b.length(), java.nio.charset.StandardCharsets.UTF_8));
            }
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "a bytes-like object is required, not '%s'",
                            PythonErrors.typeName(node, address));
        }
        String what = family == AF_INET6 ? "AF_INET6" : "AF_INET";
        if (!(address instanceof PTuple tuple) || tuple.getItems().length < 2) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "%s address must be tuple, not %s", what,
                            PythonErrors.typeName(node, address));
        }
        Object[] items = tuple.getItems();
        if (!(items[0] instanceof TruffleString host)) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "str, bytes or bytearray expected, not %s",
                            PythonErrors.typeName(node, items[0]));
        }
        long port = NumberArgs.asLong(node, items[1]);
        if (port < 0 || port > 65535) {
            throw PythonErrors.raise(node, BuiltinType.OVERFLOW_ERROR, "%s(): port must be 0-65535.", "bind");
        }
        return new InetSocketAddress(resolve(node, family, PyStrings.toJava(host)), (int) port);
    }

    /** A host name or number as {@code getaddrinfo} would resolve it; '' is the wildcard address. */
    @TruffleBoundary
    static InetAddress resolve(Node node, int family, String host) {
        try {
            if (host.isEmpty()) {
                return InetAddress.getByName(family == AF_INET6 ? "::" : "0.0.0.0");
            } else if (host.equals("<broadcast>")) {
                return InetAddress.getByName("255.255.255.255");
            }
            for (InetAddress candidate : InetAddress.getAllByName(host)) {
                if (family == 0 || (family == AF_INET6) == (candidate instanceof Inet6Address)) {
                    return candidate;
                }
            }
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw gaierror(node, -2, "Name or service not known");
        }
    }

    /** A Java socket address as Python shows it. */
    @TruffleBoundary
    static Object toPython(SocketAddress address) {
        if (address instanceof InetSocketAddress inet) {
            InetAddress ip = inet.getAddress();
            String host = ip == null ? inet.getHostString() : ip.getHostAddress();
            if (ip instanceof Inet6Address six) {
                int percent = host.indexOf('%');
                return new PTuple(new Object[]{PyStrings.of(percent < 0 ? host : host.substring(0, percent)),
                    (long) inet.getPort(), 0L, (long) Math.max(six.getScopeId(), 0)});
            }
            return new PTuple(new Object[]{PyStrings.of(host), (long) inet.getPort()});
        } else if (address instanceof UnixDomainSocketAddress unix) {
            return PyStrings.of(unix.getPath().toString());
        }
        return PyStrings.of("");
    }

    static PException gaierror(Node node, long code, String message) {
        PBaseException e = new PBaseException(TaipanLanguage.get(node).getBuiltinClass(BuiltinType.SOCKET_GAIERROR),
                        new PTuple(new Object[]{code, PyStrings.of(message)}));
        e.setField("errno", code);
        e.setField("strerror", PyStrings.of(message));
        return new PException(e, node);
    }

    /** The OSError a Java exception of a socket operation stands for. */
    @TruffleBoundary
    static PException error(Node node, Exception e) {
        if (e instanceof ClosedChannelException) {
            return PosixErrors.raise(node, PosixErrors.EBADF, null, null);
        } else if (e instanceof NotYetConnectedException) {
            return PosixErrors.raise(node, 107, null, null);
        } else if (e instanceof AlreadyConnectedException) {
            return PosixErrors.raise(node, 106, null, null);
        } else if (e instanceof ConnectionPendingException) {
            return PosixErrors.raise(node, 114, null, null);
        } else if (e instanceof NotYetBoundException || e instanceof UnsupportedAddressTypeException) {
            return PosixErrors.raise(node, PosixErrors.EINVAL, null, null);
        } else if (e instanceof UnresolvedAddressException) {
            return gaierror(node, -2, "Name or service not known");
        } else if (e instanceof IOException io) {
            String message = String.valueOf(io.getMessage());
            if (message.contains("Broken pipe")) {
                return PosixErrors.raise(node, 32, null, null);
            }
            return PosixErrors.raise(node, io, null);
        }
        return PosixErrors.raise(node, PosixErrors.EINVAL, null, null);
    }

    /** BlockingIOError or TimeoutError for what {@link PSocket#read}/{@link PSocket#write} reported. */
    static PException notReady(Node node, int status) {
        if (status == PSocket.WOULD_BLOCK) {
            return PosixErrors.raise(node, 11, null, null);
        }
        return PythonErrors.raise(node, BuiltinType.TIMEOUT_ERROR, "timed out");
    }

    static int intArg(Node node, Object value, int absent) {
        return value == taipan.runtime.object.PNone.NO_VALUE || value == taipan.runtime.object.PNone.NONE ? absent
                        : (int) NumberArgs.asLong(node, value);
    }
}
