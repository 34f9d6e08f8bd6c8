# __del__ runs once the collector finds an object unreachable (gc.collect() forces it), once per object,
# on a guest thread; a class that gains __del__ later finalizes
# the instances made after that. (The objects live in function frames; threads/013 covers deleted globals.)
import gc
import threading

log = []

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)

class Child(Resource):
    pass

def drop_two():
    a = Resource("a"); b = Child("b")
    del a, b
    gc.collect()

drop_two()
print(sorted(log))

log.clear()
keep = Resource("kept")
gc.collect()
print(log)                         # still referenced: not finalized

class Later:
    pass

Later.__del__ = lambda self: log.append("later")
def drop_later():
    y = Later()
    del y
    gc.collect()

drop_later()
print(log)

class Resurrect:
    saved = []
    def __del__(self):
        Resurrect.saved.append(self)
        log.append("resurrect")

log.clear()
def drop_resurrect():
    r = Resurrect(); del r
    gc.collect()

drop_resurrect()
Resurrect.saved.clear()
gc.collect()
print(log)                         # __del__ ran once (PEP 442), though the object came back

def worker():
    for i in range(10):
        Resource("t%d" % i)
    gc.collect()

log.clear()
t = threading.Thread(target=worker)
t.start(); t.join()
gc.collect()
print(sorted(log))
