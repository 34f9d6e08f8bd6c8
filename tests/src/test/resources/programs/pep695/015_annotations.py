# Annotated assignments: module and class __annotations__, evaluation order, function bodies skip them.
print("__annotations__" in globals())
x: int = 1
y: "str"
(z): float = 2.0
print(__annotations__, x)

order = []
def mark(tag):
    order.append(tag)
    return tag
value: mark("annotation") = mark("value")
print(order)

class C:
    a: int
    b: list[int] = []
    def f(self):
        local: undefined_name = 3
        return local
print(C.__annotations__, "a" in C.__dict__, C.b, C().f())

class Obj:
    pass
o = Obj()
o.attr: int = 5
d = {}
d["k"]: str = "v"
print(o.attr, d, "attr" in __annotations__)

def g(a: int, *args: str, b: "x" = 1, **kw: float) -> None: pass
print(g.__annotations__)
del g.__annotations__
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)
