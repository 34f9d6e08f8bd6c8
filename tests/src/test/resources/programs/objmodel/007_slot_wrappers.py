# The special methods of built-in classes are slot wrappers (wrapper_descriptor); bound, method-wrappers.
import types, re

def show(d):
    print(type(d).__name__, repr(d), d.__name__, d.__qualname__, d.__objclass__, d.__text_signature__)

for d in [object.__init__, int.__add__, list.__len__, object.__repr__, str.__eq__, type.__call__, list.__iter__,
          object.__setattr__, int.__hash__, float.__bool__, list.__contains__, list.__init__, int.__radd__,
          dict.__setitem__, object.__getattribute__, int.__pow__, tuple.__lt__, str.__mod__]:
    show(d)
# methods CPython defines over their slot stay method descriptors, as do the non-slot dunders
for d in [dict.__getitem__, dict.__contains__, set.__contains__, list.__getitem__, int.__format__, object.__reduce_ex__,
          int.__round__, int.__trunc__, float.__floor__]:
    print(type(d).__name__, repr(d), d.__objclass__)
print(types.WrapperDescriptorType, types.MethodWrapperType, types.WrapperDescriptorType is type(int.__add__),
      types.MethodWrapperType is type((1).__add__), types.MethodDescriptorType is type(str.join))
for m in [(1).__add__, [].__len__, object().__init__, "a".__eq__, (2.5).__neg__]:
    print(type(m).__name__, re.sub(r"0x[0-9a-f]+", "0x...", repr(m)), m.__name__, m.__qualname__,
          type(m.__self__).__name__, m.__objclass__, m.__text_signature__)
class C:
    pass
c = C()
print(re.sub(r"0x[0-9a-f]+", "0x...", repr(c.__init__)), c.__init__.__self__ is c, type(C.__init__).__name__,
      type(C.__repr__).__name__, C.__init__ is object.__init__)
class D:
    def __init__(self):
        pass
print(type(D.__init__).__name__, type(D().__init__).__name__, type(D.__eq__).__name__)
print(int.__add__(1, 2), int.__add__.__get__(3)(4), int.__add__.__get__(None, int) is int.__add__,
      int.__add__(True, 1), list.__len__([1, 2]), dict.__setitem__.__name__)
class MyInt(int):
    pass
print(int.__add__(MyInt(5), 1), (MyInt(5)).__add__(1), type(MyInt(2).__add__).__name__)
calls = [lambda: int.__add__("a", 1), lambda: int.__add__(), lambda: list.__len__(()), lambda: int.__add__(1),
         lambda: int.__add__(1, 2, 3), lambda: (1).__add__(), lambda: (1).__neg__(2),
         lambda: int.__add__.__get__("x"), lambda: object.__init__(), lambda: object.__eq__(),
         lambda: dict.__setitem__([], 1, 2), lambda: str.__eq__(1, "a"), lambda: list.__init__((), [1])]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(callable(int.__add__), callable((1).__add__), (1).__add__ == (1).__add__, (1).__add__.__self__)
import weakref
for w in [int.__add__, (1).__add__]:
    try:
        weakref.ref(w)
    except TypeError as e:
        print("TypeError:", e)
for t in [type(int.__add__), type((1).__add__)]:
    try:
        class X(t):
            pass
    except TypeError as e:
        print("TypeError:", e)
