# _socket and select on Java channels: a socketpair, non-blocking reads, poll/select readiness, a TCP echo.
import select
import selectors
import socket

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, b.type == socket.SOCK_STREAM, a.getblocking(), a.gettimeout())
a.sendall(b"hello")
print(b.recv(10))
b.setblocking(False)
print(b.getblocking(), b.gettimeout())
try:
    b.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
print(select.select([b], [], [], 0))
a.send(b"x")
r, w, x = select.select([b], [a], [], 1)
print(r == [b], w == [a], x)
print(b.recv(10))

p = select.poll()
p.register(b.fileno(), select.POLLIN)
print(p.poll(0))
a.send(b"yz")
print(p.poll(1000) == [(b.fileno(), select.POLLIN)])
p.unregister(b.fileno())
try:
    p.unregister(b.fileno())
except KeyError as e:
    print("KeyError", e.args[0] == b.fileno())

sel = selectors.DefaultSelector()
sel.register(b, selectors.EVENT_READ, data="b")
print([(key.data, events) for key, events in sel.select(1)])
print(b.recv(10))
sel.close()

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, port > 0)
with socket.create_connection((host, port), timeout=5) as c:
    conn, addr = srv.accept()
    with conn:
        c.sendall(b"echo me")
        conn.sendall(conn.recv(100).upper())
        print(c.recv(100), addr[0], c.getpeername() == (host, port))
        c.shutdown(socket.SHUT_WR)
        print(conn.recv(100))
srv.settimeout(0.05)
try:
    srv.accept()
except TimeoutError as e:
    print("TimeoutError", e)
for s in (a, b, srv):
    s.close()
print(a.fileno(), a._closed)
try:
    socket.getaddrinfo("no-such-host.invalid", 80)
except socket.gaierror as e:
    print("gaierror", type(e).__mro__[1].__name__)
print(socket.inet_aton("127.0.0.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.htons(1), socket.ntohl(1))
print(socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, "::1")))
