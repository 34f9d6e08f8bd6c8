# The built-in descriptors called explicitly, abstract classes, singleton constructors, MethodType.
import abc
import types

class C:
    def m(self):
        return "m of " + type(self).__name__
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def k(cls):
        return cls.__name__
    @property
    def p(self):
        return 42
    length = len

c = C()
print(C.__dict__["m"].__get__(c, C)(), C.__dict__["s"].__get__(c)(4), C.__dict__["k"].__get__(None, C)())
print(C.__dict__["p"].__get__(c, C), C.__dict__["s"](5), callable(C.__dict__["s"]))
print(c.length([1, 2, 3]), C.p.fget(c))
try:
    C.__dict__["m"].__get__(None, None)
except TypeError as e:
    print("TypeError:", e)

class WriteOnly:
    wo = property(fset=lambda self, v: None)
try:
    WriteOnly().wo
except AttributeError as e:
    print("AttributeError:", e)

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perimeter(self): ...
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

print(type(None)() is None, type(...)() is Ellipsis, type(NotImplemented)() is NotImplemented)
bound = types.MethodType(lambda self, n: (self, n), "obj")
print(bound(3), isinstance(3, int | str), issubclass(bool, str | int))
def f():
    pass
print(f.__code__.__class__.__name__, (x for x in []).gi_code.co_name, 2 in (x for x in range(5)))
nan = float("nan")
print([nan] == [nan], (nan,) == (nan,), bool(memoryview(b"")))
