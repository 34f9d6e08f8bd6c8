# What type.__new__ puts in a class dict: __dict__/__weakref__ descriptors, __firstlineno__, __static_attributes__.
import weakref


class Plain:
    def __init__(self):
        self.a = 1
        self.b, self.c = 2, 3
        self.c += 1

    def helper(self):
        def inner():
            self.z = 0
        self.__hidden = 1
        other = self
        other.not_counted = 1


class Child(Plain):
    pass


class Slotted:
    __slots__ = ("x",)


class WithWeak:
    __slots__ = ("x", "__weakref__")


class Err(Exception):
    pass


class IntSub(int):
    pass


class ListSub(list):
    pass


for cls in (Plain, Child, Slotted, WithWeak, Err, IntSub, ListSub):
    d = cls.__dict__
    print(cls.__name__, "__dict__" in d, "__weakref__" in d, [k for k in d if k.startswith("__") and k not in ("__module__", "__doc__", "__init__")])
print(Plain.__static_attributes__, Child.__static_attributes__, Slotted.__static_attributes__)
print(Plain.__firstlineno__, Child.__firstlineno__)
desc = Plain.__dict__["__dict__"]
print(type(desc).__name__, desc.__name__, desc.__objclass__ is Plain, desc)
o = Plain()
print(desc.__get__(o), Plain.__dict__["__weakref__"].__get__(o))
r = weakref.ref(o)
print(o.__weakref__ is r)
try:
    desc.__get__(5)
except TypeError as e:
    print("TypeError:", e)
for cls in (Slotted, IntSub):
    try:
        weakref.ref(cls())
    except TypeError as e:
        print("TypeError:", e)
print(weakref.ref(WithWeak())() is None or True, weakref.ref(ListSub()) is not None)


def deco(c):
    return c


@deco
class Decorated:
    pass


print(Decorated.__firstlineno__)
print(sorted(k for k in vars(Plain) if k.startswith("__")))
print("__weakref__" in dir(Plain()), "__dict__" in dir(Plain()), "__static_attributes__" in dir(Plain))


class CustomDict:
    @property
    def __dict__(self):
        return {"fake": True}


print(vars(CustomDict()))
T = type("T", (), {})
print("__dict__" in T.__dict__, "__firstlineno__" in T.__dict__)
