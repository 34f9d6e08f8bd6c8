# Once a second thread has run, module globals, module attributes and instance attributes that are deleted
# let go of their values: a weak reference to the deleted value dies at the next collection.
import gc
import threading
import types
import weakref


class Big:
    pass


def touch():
    pass


t = threading.Thread(target=touch)
t.start()
t.join()


def collected(ref):
    for _ in range(2):
        gc.collect()
    return ref() is None


g = Big()
r = weakref.ref(g)
del g
print("global:", collected(r), "g" in globals())

m = types.ModuleType("m")
m.x = Big()
m.keep = 7
r = weakref.ref(m.x)
del m.x
print("module attribute:", collected(r), hasattr(m, "x"), m.keep)

class Holder:
    pass


h = Holder()
h.a = Big()
h.n = 1
r = weakref.ref(h.a)
del h.a
print("instance attribute:", collected(r), hasattr(h, "a"), h.n)
h.a = 5                      # the name can be bound again
print(h.a)


def worker(results, k):
    # deletes from threads while others read
    name = "v%d" % k
    for i in range(50):
        globals()[name] = Big()
        ref = weakref.ref(globals()[name])
        del globals()[name]
        results.append(ref)


results = []
threads = [threading.Thread(target=worker, args=(results, k)) for k in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
for _ in range(2):
    gc.collect()
print("from threads:", len(results), sum(1 for ref in results if ref() is not None))
