# match on ABC-made sequences and mappings; generator frames and read-only generator attributes.
import collections.abc
import inspect

class Seq(collections.abc.Sequence):
    def __init__(self, *items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
class Sub(Seq):
    pass
class Map(collections.abc.Mapping):
    def __init__(self, **d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)

def kind(v):
    match v:
        case []:
            return "empty sequence"
        case [x]:
            return f"one {x}"
        case [x, *rest]:
            return f"first {x} rest {rest}"
        case {"k": k, **rest}:
            return f"k={k} rest={rest}"
        case {}:
            return "mapping"
        case _:
            return "other"

for v in [Seq(), Seq(1), Sub(1, 2, 3), Map(k=1, j=2), Map(), collections.OrderedDict(k=3),
          collections.deque([4, 5]), memoryview(b"ab"), "ab", b"ab", bytearray(b"ab"), {1, 2}, iter([1])]:
    print(type(v).__name__, "->", kind(v))

for src in ["match x:\n    case {**_}:\n        pass", "match x:\n    case {**r}:\n        pass"]:
    try:
        compile(src, "<m>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total
g = gen(3)
f = g.gi_frame
print(f is g.gi_frame, getattr(g, "gi_frame") is f, getattr(g, "gi_nothing", "absent"))
print(inspect.getgeneratorlocals(g))
next(g); next(g)
print(inspect.getgeneratorlocals(g), f.f_locals == g.gi_frame.f_locals)
for name, value in [("gi_frame", None), ("gi_code", None), ("gi_suspended", 1), ("other", 1),
                    ("__name__", 3), ("__qualname__", b"x")]:
    try:
        setattr(g, name, value)
    except (AttributeError, TypeError) as e:
        print(name, "->", type(e).__name__ + ":", e)
g.__name__ = "renamed"
print(g.__name__, g.__qualname__)
list(g)
print(g.gi_frame, inspect.getgeneratorlocals(g))

e = KeyError("k")
print(sorted(n for n in dir(e) if not n.startswith("_")), type(BaseException.__dict__["args"]).__name__)
print(BaseException.__dict__["__cause__"], e.args, e.__cause__, e.__suppress_context__)
