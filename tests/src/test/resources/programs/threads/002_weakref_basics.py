# _weakref: refs to user objects, functions and classes, shared plain refs, callbacks after gc.collect(),
# equality and hashing by referent, refs to values that cannot be weakly referenced, subclasses of ref.
import _weakref
import gc


class Node:
    pass


def f():
    pass


a = Node()
r1 = _weakref.ref(a)
r2 = _weakref.ref(a)
print("same plain ref:", r1 is r2, "count:", _weakref.getweakrefcount(a))
print("call:", r1() is a, type(r1).__name__, _weakref.ref is _weakref.ReferenceType)
del a, r1, r2
print("function and class:", _weakref.ref(f)() is f, _weakref.ref(Node)() is Node)
print("set:", _weakref.ref(s := {1, 2})() is s)

calls = []


def make_and_drop():
    a = Node()
    r1 = _weakref.ref(a)
    rc = _weakref.ref(a, lambda ref: calls.append(ref is rc))
    print("with callback is new:", rc is not r1, "count:", _weakref.getweakrefcount(a))
    print("equal while alive:", r1 == rc, hash(r1) == hash(a), hash(rc) == hash(a))
    print("refs:", len(_weakref.getweakrefs(a)), all(r() is a for r in _weakref.getweakrefs(a)))
    return r1, rc


r1, rc = make_and_drop()
for _ in range(3):
    gc.collect()
print("dead:", r1(), rc(), "callbacks:", calls)
print("equal when dead:", r1 == rc, r1 == r1, r1 != rc)
print("hash kept:", isinstance(hash(r1), int))


def dead_unhashed():
    return _weakref.ref(Node())


rb = dead_unhashed()
gc.collect()
try:
    hash(rb)
except TypeError as e:
    print("TypeError:", e)

for value in [1, "s", (1,), [1], {}, None, 1.5]:
    try:
        _weakref.ref(value)
    except TypeError as e:
        print("TypeError:", e)


class Keyed(_weakref.ref):
    def __init__(self, ob, callback=None, key=None):
        super().__init__(ob, callback)
        self.key = key


c = Node()
k = Keyed(c, None, key="c")
print("subclass:", type(k).__name__, isinstance(k, _weakref.ref), k() is c, k.key, k == _weakref.ref(c))


def broken(ref):
    raise ValueError("ignored")


rd = _weakref.ref(Node(), broken)
gc.collect()
print("after a failing callback:", rd())

table = {}
objs = [Node() for _ in range(5)]
for i, o in enumerate(objs):
    table[_weakref.ref(o)] = i
print("lookup by a fresh ref:", [table[_weakref.ref(o)] for o in objs])

values = {i: _weakref.ref(o) for i, o in enumerate(objs)}
del objs[1:3], o
gc.collect()
for key in list(values):
    _weakref._remove_dead_weakref(values, key)
print("after removing dead:", sorted(values))
values["x"] = 1
try:
    _weakref._remove_dead_weakref(values, "x")
except TypeError as e:
    print("TypeError:", e)
