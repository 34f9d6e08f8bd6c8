# PEP 667: a function frame's f_locals is a write-through FrameLocalsProxy.
import sys

def writes():
    x = 1
    y = "s"
    p = sys._getframe().f_locals
    p["x"] = 10
    p["y"] = 2.5
    return x, y, type(p).__name__, isinstance(p, dict), len(p)
print(writes())

def reads_live():
    a = 1
    p = sys._getframe().f_locals
    a = 2
    b = 3
    return p["a"], p.get("b"), p.get("zz", "default"), "b" in p, sorted(p), sorted(p.items())[:2]
print(reads_live())

def deletes():
    v = 1
    p = sys._getframe().f_locals
    out = []
    for key in ("v", "missing"):
        try:
            del p[key]
            out.append("deleted")
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    p["extra"] = 1
    del p["extra"]
    out.append("extra" in p)
    return out
print(deletes())

def extras():
    p = sys._getframe().f_locals
    p["k"] = "v"
    q = sys._getframe().f_locals
    return q["k"], p is q, "k" in locals(), sorted(locals()), dict(q) == {"p": p, "q": q, "k": "v"}
print(extras())

def cells():
    c = 1
    def inner():
        return c
    sys._getframe().f_locals["c"] = 42
    return inner()
print(cells())

def methods():
    m = 1
    p = sys._getframe().f_locals
    p.update({"m": 5, "n": 6})
    p.setdefault("m", 0)
    return m, p.copy() == {"m": 5, "p": p, "n": 6}, type(p.copy()).__name__, list(p.keys())[:2]
print(methods())

print(type(sys._getframe().f_locals).__name__, sys._getframe().f_locals is globals())
class K:
    z = 1
    print(type(sys._getframe().f_locals).__name__, "z" in sys._getframe().f_locals)
