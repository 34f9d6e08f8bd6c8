# The container protocol's corner cases: __iter__ = None, __len__ through __index__, iter()'s result check.
class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
class LenIdx:
    def __len__(self): return Idx(4)
class LenInt(int):
    pass
class LenSub:
    def __len__(self): return LenInt(2)
class LenBad:
    def __len__(self): return "3"
class LenNeg:
    def __len__(self): return Idx(-1)
print(len(LenIdx()), len(LenSub()), bool(LenIdx()))
for f in (lambda: len(LenBad()), lambda: len(LenNeg())):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class NotIterable:
    __iter__ = None
    def __getitem__(self, i): return i
class Nothing:
    pass
class ListIter:
    def __iter__(self): return [1, 2]
class GetItemOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
for label, f in (("iter None", lambda: iter(NotIterable())), ("in None", lambda: 1 in NotIterable()),
                 ("in nothing", lambda: 1 in Nothing()), ("iter list", lambda: iter(ListIter())),
                 ("for list", lambda: [x for x in ListIter()]), ("reversed no len", lambda: reversed(GetItemOnly())),
                 ("in getitem", lambda: (2 in GetItemOnly(), 5 in GetItemOnly()))):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)

import collections.abc as cabc
print(isinstance(len, cabc.Callable), isinstance(lambda: 0, cabc.Callable), isinstance([].append, cabc.Callable),
      isinstance(print, cabc.Callable), isinstance(NotIterable(), cabc.Iterable))
print(isinstance(b"", cabc.Buffer), isinstance(bytearray(), cabc.Buffer), isinstance(memoryview(b""), cabc.Buffer),
      isinstance("", cabc.Buffer))
print(bytes(b"ab".__buffer__(0)), (lambda x: x * 2).__call__(4), len.__call__("abc"))
try:
    object().a = 1
except AttributeError as e:
    print("AttributeError:", e, e.name)
