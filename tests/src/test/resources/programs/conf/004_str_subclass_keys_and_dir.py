# str-subclass attribute names keep their class in the instance dict; dir() of built-in classes; list in-place methods.
class Name(str):
    pass
class O:
    pass
o = O()
setattr(o, Name("a"), 1)
setattr(o, "b", 2)
setattr(o, Name("b"), 3)
print([(k, type(k).__name__) for k in vars(o)], o.a, o.b)
del o.a
setattr(o, "a", 4)
print([(k, type(k).__name__) for k in vars(o)])
delattr(o, "b")
setattr(o, Name("b"), 5)
print([(k, type(k).__name__) for k in o.__dict__], getattr(o, Name("b")))

print([n for n in ("__class__", "__doc__", "__lt__", "__le__", "__gt__", "__ge__", "__eq__") if n in dir(object)])
print([n for n in ("__class_getitem__", "__iadd__", "__imul__", "__bool__", "__class__") if n in dir(list)])
print(sorted(set(dir(list)) - set(dir(object)))[:8], "__doc__" in dir(O), "__class__" in dir(O()))
print("__bool__" in dir(str), "__bool__" in dir(dict), "__bool__" in dir(int), "__bool__" in dir(float))
print(list[int], tuple[int, str], dict[str, int], set[bytes], frozenset[int], list.__class_getitem__(int))
class L(list):
    pass
print(L[int], type(L[int]).__name__)

a = [1, 2]
r = a.__iadd__((3, 4))
print(r is a, a, a.__iadd__(range(2)))
r = a.__imul__(2)
print(r is a, len(a), a.__imul__(0), a)
l = L([1])
l += [2]
l *= 2
print(type(l).__name__, l, type(l.__iadd__([9])).__name__)
for bad in [lambda: list.__iadd__(5, []), lambda: [].__iadd__(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class Ord:
    pass
print(object.__lt__(1, 2), object.__ge__(Ord(), Ord()), Ord.__lt__ is object.__lt__)
try:
    Ord() < Ord()
except TypeError as e:
    print("TypeError:", e)
import functools
@functools.total_ordering
class T:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
print(T(1) <= T(2), T(3) > T(2), T(2) >= T(2))
