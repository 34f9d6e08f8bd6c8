# Operators and builtins on a class object look the special method up on its metaclass.
class Meta(type):
    def __contains__(cls, x): return x in (1, 2)
    def __len__(cls): return 3
    def __iter__(cls): return iter(["a", "b", "c"])
    def __getitem__(cls, k): return ("item", k)
    def __bool__(cls): return False
    def __or__(cls, other): return ("or", other)
    def __ror__(cls, other): return ("ror", other)
    def __neg__(cls): return "neg"
    def __reversed__(cls): return iter(["c", "b", "a"])

class C(metaclass=Meta):
    pass

print(1 in C, 5 in C, 5 not in C)
print(len(C), list(C), C[4], bool(C), not C)
print(C | 1, 1 | C, -C, list(reversed(C)))
print(sorted(C), tuple(C), [*C], dict.fromkeys(C))
a, b, c = C
print(a, b, c)
print("yes" if C else "no", C and 1, C or 2)

class NoContains(type):
    def __iter__(cls): return iter([7, 8])
class D(metaclass=NoContains):
    pass
for probe in (7, 9):
    try:
        print(probe in D)
    except TypeError as e:
        print("TypeError:", e)
try:
    print(1 in int)
except TypeError as e:
    print("TypeError:", e)

import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED in Color, 1 in Color, 3 in Color, len(Color), list(Color), Color["GREEN"])
