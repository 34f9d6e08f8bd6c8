# Assigning cls.__bases__: the MRO of the class and its subclasses follows, caches see it, errors as CPython's.
class A:
    def f(self):
        return "A"


class B:
    def f(self):
        return "B"

    def g(self):
        return "B.g"


class C(A):
    pass


class D(C):
    pass


d = D()
for _ in range(3):
    print(d.f(), end=" ")
print()
C.__bases__ = (B,)
print(d.f(), d.g(), [k.__name__ for k in D.__mro__], C.__base__.__name__)
print(isinstance(d, B), isinstance(d, A), issubclass(D, B), A.__subclasses__(), [k.__name__ for k in B.__subclasses__()])
C.__bases__ = (A, B)
print(d.f(), d.g(), [k.__name__ for k in D.__mro__])


def show(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


show("empty", lambda: setattr(C, "__bases__", ()))
show("not a tuple", lambda: setattr(C, "__bases__", [A]))
show("not a class", lambda: setattr(C, "__bases__", (A, 1)))
show("cycle", lambda: setattr(C, "__bases__", (D,)))
show("self", lambda: setattr(C, "__bases__", (C,)))
show("builtin", lambda: setattr(int, "__bases__", (object,)))
print([k.__name__ for k in C.__mro__])


class Meta(type):
    def mro(cls):
        return [cls, object] if cls.__name__ == "Flat" else super().mro()


class Base:
    x = 1


class Flat(Base, metaclass=Meta):
    pass


print([k.__name__ for k in Flat.__mro__], hasattr(Flat, "x"))
show("int and str", lambda: type("Z", (int, str), {}))
show("list and dict", lambda: type("Z", (list, dict), {}))
show("two exceptions", lambda: type("Z", (KeyError, TypeError), {}))


class S1:
    __slots__ = ("a",)


class S2:
    __slots__ = ("b",)


show("two slotted", lambda: type("Z", (S1, S2), {}))
show("empty slots", lambda: type("Z", (S1, type("E", (), {"__slots__": ()})), {}))
C.__name__ = "Renamed"
print(C.__name__, C.__qualname__, repr(C)[-10:])
show("name int", lambda: setattr(C, "__name__", 1))
show("name NUL", lambda: setattr(C, "__name__", "a\0b"))
