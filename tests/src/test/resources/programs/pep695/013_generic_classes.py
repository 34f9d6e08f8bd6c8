# Generic classes: the implicit Generic base, __type_params__, class-level names seen by annotation scopes.
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

print(Box.__type_params__, Box.__mro__, Box.__orig_bases__, Box.__parameters__)
print(Box(4).get(), Box[int], Box[int](1).__class__ is Box)
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)

class Pair[K, V](dict):
    kind = "pair"
print([c.__name__ for c in Pair.__mro__], Pair(a=1), Pair.kind, Pair.__qualname__)

class Bases:
    pass
extra = (Bases,)
class Starred[T](*extra):
    pass
print([c.__name__ for c in Starred.__mro__])

class Outer:
    Alias = int
    class Inner[T]:
        attr = "inner"
    def method[T](self, a: Alias, t: T) -> Alias:
        return a
print(Outer.Inner.__qualname__, Outer.method.__annotations__)

class Sub[T](Box[T]):
    pass
print(Sub.__orig_bases__, Sub.__parameters__, Sub(1).get())

class Plain:
    pass
print(Plain.__type_params__, Plain.__annotations__, int.__type_params__)

class Visible[P]:
    seen = P
    def m(self):
        return P
print(Visible.seen is Visible.__type_params__[0], Visible().m() is Visible.seen)
try:
    Visible.P
except AttributeError as e:
    print("AttributeError:", e)
