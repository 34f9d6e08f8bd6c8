# _tuplegetter fields, UnionType identity rules, __class__ properties and abstract issubclass.
import collections
from collections import namedtuple

def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", r)

P = namedtuple("P", "a b")
p = P(1, 2)
g = P.__dict__["a"]
print(type(g).__name__, type(g).__module__, g.__doc__, g.__get__(p), g.__get__(None, P) is g)
g.__doc__ = "first"
print(P.a.__doc__)
show("get from list", lambda: g.__get__([1, 2]))
show("get short tuple", lambda: P.__dict__["b"].__get__((1,)))
show("delete field", lambda: delattr(p, "a"))
show("__set__", lambda: g.__set__(p, 3))
show("bad index", lambda: collections._tuplegetter("x", None))
print(collections._tuplegetter(1, "doc").__get__((5, 6)))

u = int | str | None
print(u, u == (None | str | int), u != (int | str), int | int is int, hash(int | str) == hash(str | int))
print((list[int] | str) == (str | list[int]), {int | str: 1}[str | int])

class Claims:
    @property
    def __class__(self):
        return dict
c = Claims()
print(isinstance(c, dict), isinstance(c, Claims), isinstance(c, (list, dict)), type(c).__name__)

class A:
    __bases__ = ()
class B:
    __bases__ = ()
a, b = A(), B()
b.__bases__ = (a,)
print(issubclass(b, a), issubclass(a, b), issubclass(b, (int, a)))
show("issubclass(1, a)", lambda: issubclass(1, a))
show("issubclass(b, 1)", lambda: issubclass(b, 1))
show("isinstance(1, a)", lambda: isinstance(1, a))

class MyInt(int): pass
class NewInt(int):
    def __new__(cls, v): return super().__new__(cls, v)
for cls in (MyInt, NewInt, KeyError, list):
    show("object.__new__(" + cls.__name__ + ")", lambda: object.__new__(cls))
show("type(...) with int metaclass", lambda: int("Z", (1,), {}))

class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return MyInt(self.v)
print(hash(H(7)), hash(H(2**61 + 3)) == hash(2**61 + 3))
from collections.abc import Hashable
print([isinstance(x, Hashable) for x in ([], {}, set(), bytearray(), {}.keys(), {}.items(), {}.values(), frozenset())])
