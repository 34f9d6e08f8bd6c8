# globals() is the module namespace itself, live both ways, and the same object as module.__dict__
import sys

counter = 1
g = globals()
print(g is globals(), g["counter"], "g" in g)
g["made_here"] = 42
print(made_here)
counter = 7
print(g["counter"])
del g["made_here"]
try:
    made_here
except NameError as e:
    print("NameError:", e)
print(sys.modules[__name__].__dict__ is g)


def reader():
    return counter


g["counter"] = 100
print(reader(), reader.__globals__ is g)
print(sorted(k for k in g if not k.startswith("__")))
print(g.get("missing", "default"), g.setdefault("fresh", 3), fresh)
g.update({"via_update": 9})
print(via_update, len(g) == len(list(g)))
print(type(__builtins__).__name__, "print" in g, reader.__builtins__ is vars(__builtins__))
