# Function objects: __dict__ (shared with vars), deleting attributes, swapping __code__, FunctionType.
import types


def f(x, y=2):
    return x + y


f.tag = "t"
print(vars(f) is f.__dict__, vars(f), f.tag)
f.__dict__["other"] = 5
print(f.other, sorted(vars(f)))
del f.tag
print(hasattr(f, "tag"), f.__dict__)
try:
    del f.tag
except AttributeError as e:
    print("AttributeError:", e)
f.__dict__ = {"fresh": 1}
print(f.fresh, hasattr(f, "other"))
for bad in ("__dict__", "__code__", "__name__", "__qualname__", "__globals__", "__closure__"):
    try:
        delattr(f, bad)
        print("deleted", bad)
    except (TypeError, AttributeError) as e:
        print(bad, type(e).__name__, e)
del f.__defaults__
print(f.__defaults__)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = (10,)
del f.__doc__, f.__kwdefaults__
print(f(1), f.__doc__, f.__kwdefaults__)


def g(x, y=2):
    return x * y


f.__code__ = g.__code__
print(f(3), f.__name__, f.__code__ is g.__code__)
try:
    f.__code__ = 5
except TypeError as e:
    print("TypeError:", e)


def make(v):
    def inner():
        return v
    return inner


clo = make(7)
print([c.cell_contents for c in clo.__closure__], clo.__code__.co_freevars)
h = types.FunctionType(clo.__code__, {"__name__": "elsewhere"}, None, None, (types.CellType("new"),))
print(h(), h.__name__, h.__qualname__, h.__module__, h.__globals__["__name__"])
k = types.FunctionType(g.__code__, globals(), "k", (5,))
print(k(2), k.__name__, k.__defaults__)
for args in [(1, {}), (g.__code__, 1), (g.__code__, {}, 3), (g.__code__, {}, None, [1]),
             (clo.__code__, {}, None, None, None), (clo.__code__, {}, None, None, (1,)),
             (clo.__code__, {}, None, None, [types.CellType(1)])]:
    try:
        types.FunctionType(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
