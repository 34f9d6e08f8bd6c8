# A built-in class's __new__ is a builtin_function_or_method bound to the class (CPython's tp_new_wrapper), no
# descriptor; slot wrappers carry CPython's docs; list/dict/range and the dict views have __reversed__.
import re


def addr(text):
    return re.sub(r"0x[0-9a-f]+", "0x...", text)


for cls in (int, object, str, list, dict, tuple, float, bytes, type, BaseException, ValueError, frozenset):
    new = cls.__new__
    print(cls.__name__, type(new).__name__, addr(repr(new)), new.__self__ is cls, new.__name__, new.__qualname__,
          new.__module__, new.__text_signature__)
print(repr(int.__new__.__doc__))
print((5).__new__ is int.__new__, "x".__new__ is str.__new__, int.__dict__["__new__"] is int.__new__)


class MyInt(int):
    pass


class Plain:
    pass


print(type(int.__new__(MyInt, 7)).__name__, int.__new__(MyInt, 7), int.__new__(int, "12"))
print(addr(repr(MyInt.__new__)), MyInt.__new__ is int.__new__, Plain.__new__ is object.__new__)
print(type(object.__new__(Plain)).__name__, type(Plain.__new__(Plain)).__name__)
for call in (lambda: int.__new__(str), lambda: int.__new__(5), lambda: int.__new__()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

for d in (int.__add__, int.__radd__, int.__iadd__ if hasattr(int, "__iadd__") else list.__iadd__, list.__imul__,
          int.__lt__, int.__eq__, int.__neg__, int.__bool__, int.__repr__, int.__hash__, int.__pow__, int.__rpow__,
          int.__index__, int.__and__, int.__ror__, int.__rshift__, int.__rlshift__,
          int.__truediv__, int.__floordiv__, list.__setitem__, list.__delitem__, list.__len__,
          list.__iter__, list.__contains__, object.__init__, object.__setattr__, object.__getattribute__,
          object.__delattr__, type.__call__, property.__get__, property.__set__, property.__delete__, int.__int__,
          float.__float__, int.__abs__, int.__pos__, object.__str__, frozenset.__eq__, tuple.__lt__,
          str.__mod__, str.__add__, float.__mul__, float.__rtruediv__, float.__rmod__):
    print(d.__qualname__, repr(d.__doc__))
print(repr((1).__add__.__doc__), repr([].__len__.__doc__))

for value in ([1, 2, 3], {"a": 1, "b": 2}, range(1, 8, 3), {"a": 1, "b": 2}.keys(), {"a": 1, "b": 2}.values(),
              {"a": 1, "b": 2}.items()):
    method = type(value).__reversed__
    print(type(value).__name__, addr(repr(method)), list(value.__reversed__()), list(method(value)))
print(list(reversed([4, 5, 6])), "__reversed__" in list.__dict__, "__reversed__" in tuple.__dict__)


class L(list):
    pass


print(list(reversed(L([1, 2]))), list(L([3, 4]).__reversed__()))
