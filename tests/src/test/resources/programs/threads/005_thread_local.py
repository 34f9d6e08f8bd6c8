# _thread._local: each thread sees its own attributes; a subclass's __init__ runs again, with the same arguments, in each thread.
import _thread
loc = _thread._local()
loc.x = 1
seen = []
lock = _thread.allocate_lock()
def worker(k):
    try:
        loc.x
        r = "shared!"
    except AttributeError:
        r = "fresh"
    loc.x = k
    with lock:
        seen.append((r, loc.x == k))
hs = [_thread.start_joinable_thread(lambda k=k: worker(k)) for k in range(4)]
for h in hs: h.join()
print(sorted(seen), loc.x)
class My(_thread._local):
    def __init__(self, base):
        self.base = base
        self.items = []
    def add(self, v):
        self.items.append(v)
        return len(self.items)
m = My(10)
m.add(1)
out = []
def w2():
    out.append((m.base, m.add(5), m.items))
h = _thread.start_joinable_thread(w2); h.join()
print(out, m.items, type(m).__name__, isinstance(m, _thread._local))
try:
    _thread._local(1)
except TypeError as e:
    print(e)
