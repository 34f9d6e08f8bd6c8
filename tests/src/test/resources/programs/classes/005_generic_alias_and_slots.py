# types.GenericAlias for subscripted built-in classes, __class_getitem__, and __slots__ basics.
alias = list[int]
print(alias, alias.__origin__ is list, alias.__args__, alias == list[int], alias != list[str])
print(dict[str, list[int]], tuple[int, ...], list[int]([1, 2]))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)

class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"

print(Box[int], Box["x"])
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)

class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x, type(P.x).__name__, P.x.__name__, P.x.__objclass__ is P)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
for ns in [{"__slots__": ("a",), "a": 1}, {"__slots__": (1,)}, {"__slots__": ("not valid",)}]:
    try:
        type("C", (), ns)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
