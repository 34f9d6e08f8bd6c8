# __sizeof__ exists on object and the classes CPython gives their own, and reports what 64-bit CPython 3.13 does for
# the values whose layout is fixed (recorded with the native reference interpreter); sys.getsizeof adds the
# garbage collector's header of container types and the managed dict/weakref pointers of instances.
import sys


class Plain:
    pass


for value in (object(), Plain(), 0, 1, -5, 2**40, 2**100, -2**100, True, 1.5, 1j, "", "abc", "abc" * 100, "éèê", "€",
              "😀", b"", b"abc", (), (1, 2), {}, {1: 2}, set(), frozenset({1}), range(3), bytearray(b"ab"), None,
              slice(1)):
    size = value.__sizeof__()
    print(type(value).__name__, repr(value)[:20], type(size).__name__, size, sys.getsizeof(value))
print(type.__sizeof__(int), [].__sizeof__() > 0, [1, 2, 3].__sizeof__() > [].__sizeof__(),
      {i: i for i in range(100)}.__sizeof__() > {1: 2}.__sizeof__(), set(range(100)).__sizeof__() > set().__sizeof__())
for cls in (object, int, str, list, dict, set, frozenset, bytearray, type, tuple, float, bytes):
    print(cls.__name__, "__sizeof__" in cls.__dict__)


class MyInt(int):
    pass


print(MyInt(5).__sizeof__() == (5).__sizeof__())


class Slotted:
    __slots__ = ("a", "b")


class Negative:
    def __sizeof__(self):
        return -1


class Text:
    def __sizeof__(self):
        return "big"


print(sys.getsizeof(Slotted()) - Slotted().__sizeof__(), sys.getsizeof(Plain()) - Plain().__sizeof__(),
      sys.getsizeof(5, "unused"), sys.getsizeof(object=1))
for value in (Negative(), Text()):
    try:
        sys.getsizeof(value)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
