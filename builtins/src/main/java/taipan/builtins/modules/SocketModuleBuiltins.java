package taipan.builtins.modules;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.bytes.PBytes;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.posix.PSocket;
import taipan.runtime.posix.PosixErrors;
import taipan.runtime.posix.StreamChannel;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/** The {@code _socket} module's functions (CPython's {@code Modules/socketmodule.c}): names, numbers, pairs. */
@CoreFunctions(defineModule = "_socket")
public final class SocketModuleBuiltins {

    private SocketModuleBuiltins() {
    }

    static double defaultTimeout(PythonContext context) {
        return context.getSocketDefaultTimeout();
    }

    /** A timeout argument: None is -1 (blocking), else non-negative seconds. */
    static double timeoutArg(Node node, Object value) {
        if (value == PNone.NONE) {
            return -1;
        }
        double seconds = value instanceof Double d ? d : (double) SocketArgs.intArg(node, value, 0);
        if (seconds < 0) {
            throw PythonErrors.raise(node, BuiltinType.VALUE_ERROR, "Timeout value out of range");
        }
        return seconds;
    }

    @Builtin(name = "getdefaulttimeout")
    abstract static class GetDefaultTimeoutNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            double timeout = PythonContext.get(this).getSocketDefaultTimeout();
            return timeout < 0 ? PNone.NONE : (Object) timeout;
        }
    }

    @Builtin(name = "setdefaulttimeout", parameterNames = "timeout", minNumOfPositionalArgs = 1)
    abstract static class SetDefaultTimeoutNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            PythonContext.get(this).setSocketDefaultTimeout(timeoutArg(this, arguments[0]));
            return PNone.NONE;
        }
    }

    /** {@code socketpair()}: two connected AF_UNIX stream sockets, through a listener on a temporary path. */
    @Builtin(name = "socketpair", parameterNames = {"family", "type", "proto"})
    abstract static class SocketPairNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            int family = SocketArgs.intArg(this, arguments[0], SocketArgs.AF_UNIX);
            int type = SocketArgs.intArg(this, arguments[1], 1);
            int proto = SocketArgs.intArg(this, arguments[2], 0);
            try {
                SocketChannel[] pair = connectedPair(family);
                return new PTuple(new Object[]{wrap(this, pair[0], family, type, proto),
                    wrap(this, pair[1], family, type, proto)});
            } catch (IOException e) {
                throw SocketArgs.error(this, e);
            }
        }
    }

    static SocketChannel[] connectedPair(int family) throws IOException {
        if (family == SocketArgs.AF_UNIX) {
            Path dir = Files.createTempDirectory("taipan-socketpair");
            Path path = dir.resolve("s");
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(path));
                SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(path));
                return new SocketChannel[]{client, server.accept()};
            } finally {
                Files.deleteIfExists(path);
                Files.deleteIfExists(dir);
            }
        }
        StandardProtocolFamily protocol = family == SocketArgs.AF_INET6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
        try (ServerSocketChannel server = ServerSocketChannel.open(protocol)) {
            server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            SocketChannel client = SocketChannel.open(server.getLocalAddress());
            return new SocketChannel[]{client, server.accept()};
        }
    }

    private static PSocket wrap(Node node, SocketChannel channel, int family, int type, int proto) throws IOException {
        PythonContext context = PythonContext.get(node);
        PSocket socket = new PSocket(TaipanLanguage.get(node).getBuiltinClass(BuiltinType.SOCKET).getInstanceShape());
        int fd = context.getFileDescriptors().add(new StreamChannel(channel));
        socket.init(fd, family, type, proto, channel, context.getSocketDefaultTimeout());
        if (family == SocketArgs.AF_UNIX) {
            socket.markPair();
        }
        return socket;
    }

    @Builtin(name = "gethostname")
    abstract static class GetHostNameNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(@SuppressWarnings("unused") Object[] arguments) {
            try {
                return PyStrings.of(InetAddress.getLocalHost().getHostName());
            } catch (UnknownHostException e) {
                return PyStrings.of("localhost");
            }
        }
    }

    @Builtin(name = "gethostbyname", parameterNames = "hostname", minNumOfPositionalArgs = 1)
    abstract static class GetHostByNameNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            return PyStrings.of(SocketArgs.resolve(this, SocketArgs.AF_INET, host(this, arguments[0])).getHostAddress());
        }
    }

    @Builtin(name = "gethostbyaddr", parameterNames = "ip_address", minNumOfPositionalArgs = 1)
    abstract static class GetHostByAddrNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            InetAddress address = SocketArgs.resolve(this, 0, host(this, arguments[0]));
            return new PTuple(new Object[]{PyStrings.of(address.getCanonicalHostName()), new PList(new Object[0]),
                new PList(new Object[]{PyStrings.of(address.getHostAddress())})});
        }
    }

    static String host(Node node, Object value) {
        if (value instanceof TruffleString s) {
            return PyStrings.toJava(s);
        } else if (value instanceof PBytes b) {
            return new String(b.array(), 0, b.length(), java.nio.charset.StandardCharsets.US_ASCII);
        } else if (value == PNone.NONE) {
            return null;
        }
        throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "str, bytes or bytearray expected, not %s",
                        PythonErrors.typeName(node, value));
    }

    /** {@code getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)}: 5-tuples, one per address and type. */
    @Builtin(name = "getaddrinfo", parameterNames = {"host", "port", "family", "type", "proto", "flags"},
                    minNumOfPositionalArgs = 2, positionalOnly = false)
    abstract static class GetAddrInfoNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            String host = host(this, arguments[0]);
            long port = port(this, arguments[1]);
            int family = SocketArgs.intArg(this, arguments[2], 0);
            int type = SocketArgs.intArg(this, arguments[3], 0);
            int proto = SocketArgs.intArg(this, arguments[4], 0);
            int flags = SocketArgs.intArg(this, arguments[5], 0);
            if (family != 0 && family != SocketArgs.AF_INET && family != SocketArgs.AF_INET6) {
                throw SocketArgs.gaierror(this, -6, "ai_family not supported");
            }
            InetAddress[] addresses;
            try {
                addresses = host == null ? ((flags & 1) != 0 ? new InetAddress[]{InetAddress.getByName("0.0.0.0")}
                                : new InetAddress[]{InetAddress.getLoopbackAddress()}) : InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                throw SocketArgs.gaierror(this, -2, "Name or service not known");
            }
            List<Object> result = new ArrayList<>();
            for (InetAddress address : addresses) {
                int af = address instanceof Inet6Address ? SocketArgs.AF_INET6 : SocketArgs.AF_INET;
                if (family != 0 && family != af) {
                    continue;
                }
                for (int t : type == 0 ? new int[]{1, 2, 3} : new int[]{type}) {
                    int p = proto != 0 ? proto : t == 1 ? 6 : t == 2 ? 17 : 0;
                    Object sockaddr = SocketArgs.toPython(new java.net.InetSocketAddress(address, (int) port));
                    result.add(new PTuple(new Object[]{(long) af, (long) t, (long) p, PyStrings.of(""), sockaddr}));
                }
            }
            if (result.isEmpty()) {
                throw SocketArgs.gaierror(this, -9, "Address family for hostname not supported");
            }
            return new PList(result.toArray());
        }
    }

    private static long port(Node node, Object value) {
        if (value == PNone.NONE) {
            return 0;
        } else if (value instanceof TruffleString || value instanceof PBytes) {
            String text = host(node, value);
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                return switch (text) {
                    case "http" -> 80;
                    case "https" -> 443;
                    case "ftp" -> 21;
                    case "ssh" -> 22;
                    default -> throw SocketArgs.gaierror(node, -8, "Servname not supported for ai_socktype");
                };
            }
        }
        return SocketArgs.intArg(node, value, 0);
    }

    @Builtin(name = "inet_aton", parameterNames = "ip", minNumOfPositionalArgs = 1)
    abstract static class InetAtonNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            String text = host(this, arguments[0]);
            if (!text.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
                throw PosixErrors.raise(this, 0, null, null);
            }
            try {
                return new PBytes(InetAddress.getByName(text).getAddress());
            } catch (UnknownHostException e) {
                throw PythonErrors.raise(this, BuiltinType.OS_ERROR, "illegal IP address string passed to inet_aton");
            }
        }
    }

    @Builtin(name = "inet_ntoa", parameterNames = "packed", minNumOfPositionalArgs = 1)
    abstract static class InetNtoaNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            byte[] bytes = NativeBufferArgs.bytes(this, arguments[0]);
            if (bytes.length != 4) {
                throw PythonErrors.raise(this, BuiltinType.OS_ERROR, "packed IP wrong length for inet_ntoa");
            }
            return PyStrings.of((bytes[0] & 255) + "." + (bytes[1] & 255) + "." + (bytes[2] & 255) + "." + (bytes[3] & 255));
        }
    }

    @Builtin(name = "inet_pton", parameterNames = {"family", "ip"}, minNumOfPositionalArgs = 2)
    abstract static class InetPtonNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            int family = SocketArgs.intArg(this, arguments[0], 0);
            String text = host(this, arguments[1]);
            boolean looksNumeric = family == SocketArgs.AF_INET ? text.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") : text.contains(":");
            try {
                InetAddress address = looksNumeric ? InetAddress.getByName(text) : null;
                if (address == null || (family == SocketArgs.AF_INET) != (address instanceof Inet4Address) && family != SocketArgs.AF_INET6) {
                    throw PythonErrors.raise(this, BuiltinType.OS_ERROR, "illegal IP address string passed to inet_pton");
                }
                byte[] raw = address.getAddress();
                if (family == SocketArgs.AF_INET6 && raw.length == 4) {
                    byte[] mapped = new byte[16];
                    mapped[10] = (byte) 0xff;
                    mapped[11] = (byte) 0xff;
                    System.arraycopy(raw, 0, mapped, 12, 4);
                    raw = mapped;
                }
                return new PBytes(raw);
            } catch (UnknownHostException e) {
                throw PythonErrors.raise(this, BuiltinType.OS_ERROR, "illegal IP address string passed to inet_pton");
            }
        }
    }

    @Builtin(name = "inet_ntop", parameterNames = {"family", "packed"}, minNumOfPositionalArgs = 2)
    abstract static class InetNtopNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            byte[] bytes = NativeBufferArgs.bytes(this, arguments[1]);
            try {
                InetAddress address = InetAddress.getByAddress(bytes);
                String text = address.getHostAddress();
                return PyStrings.of(address instanceof Inet6Address ? compress(text) : text);
            } catch (UnknownHostException e) {
                throw PythonErrors.raise(this, BuiltinType.VALUE_ERROR, "invalid length of packed IP address string");
            }
        }
    }

    /** Java writes IPv6 addresses in full ("0:0:0:0:0:0:0:1"); C's inet_ntop shortens the longest zero run ("::1"). */
    static String compress(String full) {
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length;) {
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(j, i + 1);
        }
        if (bestStart < 0) {
            return full;
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }

    @Builtin(name = "htons", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class HtonsNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return (long) (Short.reverseBytes((short) SocketArgs.intArg(this, arguments[0], 0)) & 0xffff);
        }
    }

    @Builtin(name = "ntohs", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class NtohsNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return (long) (Short.reverseBytes((short) SocketArgs.intArg(this, arguments[0], 0)) & 0xffff);
        }
    }

    @Builtin(name = "htonl", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class HtonlNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return Integer.reverseBytes((int) taipan.builtins.functions.NumberArgs.asLong(this, arguments[0])) & 0xffffffffL;
        }
    }

    @Builtin(name = "ntohl", parameterNames = "x", minNumOfPositionalArgs = 1)
    abstract static class NtohlNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object doIt(Object[] arguments) {
            return Integer.reverseBytes((int) taipan.builtins.functions.NumberArgs.asLong(this, arguments[0])) & 0xffffffffL;
        }
    }

    @Builtin(name = "close", parameterNames = "fd", minNumOfPositionalArgs = 1)
    abstract static class CloseNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            var channel = PythonContext.get(this).getFileDescriptors().remove(SocketArgs.intArg(this, arguments[0], -1));
            if (channel == null) {
                throw PosixErrors.raise(this, PosixErrors.EBADF, null, null);
            }
            try {
                channel.close();
            } catch (IOException e) {
                throw SocketArgs.error(this, e);
            }
            return PNone.NONE;
        }
    }

    /** {@code family}, {@code type}, {@code proto} and {@code timeout} are read-only attributes of a socket. */
    public static void install(TaipanLanguage language) {
        taipan.runtime.type.PythonClass cls = language.getBuiltinClass(BuiltinType.SOCKET);
        for (String name : new String[]{"family", "type", "proto", "timeout"}) {
            NativesSetup.readOnly(cls, name);
        }
    }

    /** The module's constants: Linux's numbers, as socket.py's enums read them. */
    public static Map<String, Object> constants(TaipanLanguage language) {
        Map<String, Object> values = new LinkedHashMap<>();
        Object[] pairs = {"AF_UNSPEC", 0, "AF_UNIX", 1, "AF_INET", 2, "AF_INET6", 10, "SOCK_STREAM", 1, "SOCK_DGRAM", 2,
            "SOCK_RAW", 3, "SOCK_SEQPACKET", 5, "SOCK_NONBLOCK", 2048, "SOCK_CLOEXEC", 524288, "SOL_SOCKET", 1,
            "SO_DEBUG", 1, "SO_REUSEADDR", 2, "SO_TYPE", 3, "SO_ERROR", 4, "SO_BROADCAST", 6, "SO_SNDBUF", 7,
            "SO_RCVBUF", 8, "SO_KEEPALIVE", 9, "SO_LINGER", 13, "SO_REUSEPORT", 15, "SOMAXCONN", 4096,
            "IPPROTO_IP", 0, "IPPROTO_TCP", 6, "IPPROTO_UDP", 17, "IPPROTO_IPV6", 41, "IPV6_V6ONLY", 26,
            "IP_TTL", 2, "TCP_NODELAY", 1, "SHUT_RD", 0, "SHUT_WR", 1, "SHUT_RDWR", 2, "MSG_OOB", 1, "MSG_PEEK", 2,
            "MSG_DONTWAIT", 64, "MSG_WAITALL", 256, "MSG_NOSIGNAL", 16384, "AI_PASSIVE", 1, "AI_CANONNAME", 2,
            "AI_NUMERICHOST", 4, "AI_V4MAPPED", 8, "AI_ALL", 16, "AI_ADDRCONFIG", 32, "AI_NUMERICSERV", 1024,
            "NI_NUMERICHOST", 1, "NI_NUMERICSERV", 2, "NI_NOFQDN", 4, "NI_NAMEREQD", 8, "NI_DGRAM", 16,
            "EAI_AGAIN", -3, "EAI_BADFLAGS", -1, "EAI_FAIL", -4, "EAI_FAMILY", -6, "EAI_MEMORY", -10,
            "EAI_NONAME", -2, "EAI_SERVICE", -8, "EAI_SOCKTYPE", -7, "INADDR_ANY", 0, "INADDR_LOOPBACK", 0x7f000001,
            "INADDR_BROADCAST", 0xffffffffL};
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        values.put("has_ipv6", true);
        values.put("error", language.getBuiltinClass(BuiltinType.OS_ERROR));
        values.put("timeout", language.getBuiltinClass(BuiltinType.TIMEOUT_ERROR));
        values.put("SocketType", language.getBuiltinClass(BuiltinType.SOCKET));
        return values;
    }
}
