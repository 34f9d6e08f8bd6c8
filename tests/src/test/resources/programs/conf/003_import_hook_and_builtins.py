# builtins.__import__ replaced: the import statement calls it; __build_class__; which names builtins holds.
import builtins
import json, json.decoder, os.path, xml.dom

calls = []
real = builtins.__import__
def hook(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, fromlist, level, type(globals).__name__))
    return real(name, globals, locals, fromlist, level)
builtins.__import__ = hook
try:
    import json
    from json import decoder
    from os.path import join as j
    import xml.dom
finally:
    builtins.__import__ = real
print(calls)
print(json.__name__, decoder.__name__, j.__name__, xml.dom.__name__)

def run(src, g):
    try:
        exec(src, g)
        return "ok"
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(run("import math", {"__builtins__": {"__import__": None}}))
print(run("import math", {"__builtins__": {}}))
print(run("import math", {"__builtins__": {"__import__": lambda *a: "fake"}}))
class Fake:
    def __init__(self, *a):
        self.c = ("fake", a[0], a[3], a[4])
        self.d = 2
g = {"__builtins__": {"__import__": Fake}}
exec("from a.b import c, d\nimport e", g)
print(g["c"], g["d"], type(g["e"]).__name__, g["e"].c)

for args in [(5,), (b"json",), ("x", {}, None, (), 1), ("x", {"__name__": 3}, None, (), 1),
             ("x", {"__package__": 3}, None, (), 1), ("x", {"__name__": "top"}, None, (), 1),
             ("json", None, None, (), -1)]:
    try:
        __import__(*args)
        print("imported")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
class Str(str):
    pass
print(__import__(Str("json")).__name__)

def body():
    return None
C = __build_class__(body, "C")
print(type(C).__name__, C.__name__, C.__mro__)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        cls = super().__new__(m, name, bases, ns)
        cls.kw = kw
        return cls
D = __build_class__(body, "D", C, metaclass=Meta, flag=1)
print(type(D).__name__, D.__bases__ == (C,), D.kw)
for bad in [(1, "X"), (body, 2)]:
    try:
        __build_class__(*bad)
    except TypeError as e:
        print("TypeError:", e)
print([n for n in ("cell", "code", "traceback", "frame", "breakpoint", "__build_class__") if n in dir(builtins)])
