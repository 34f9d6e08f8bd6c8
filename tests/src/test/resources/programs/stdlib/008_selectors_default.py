# selectors.DefaultSelector picks a mechanism select offers and that works: a pipe and a socket pair
import os
import select
import selectors
import socket

sel = selectors.DefaultSelector()
print("a selector:", isinstance(sel, selectors.BaseSelector))
if hasattr(select, "epoll"):
    ep = select.epoll()  # present means usable
    ep.close()
r, w = os.pipe()
a, b = socket.socketpair()
sel.register(r, selectors.EVENT_READ, "pipe")
sel.register(a, selectors.EVENT_READ, "socket")
print("nothing ready:", sel.select(timeout=0))
os.write(w, b"ping")
b.sendall(b"pong")
ready = sorted(key.data for key, events in sel.select(timeout=5) if events & selectors.EVENT_READ)
print("ready:", ready)
print(os.read(r, 10), a.recv(10))
sel.unregister(r)
print("registered:", sorted(k.data for k in sel.get_map().values()))
try:
    sel.register(a, selectors.EVENT_READ)
except KeyError as e:
    print("twice:", type(e).__name__)
sel.close()
os.close(r); os.close(w); a.close(); b.close()
