# list.sort on partial orders matches CPython's comparisons; iteration protocol errors; misc containers.
import sys
print(sorted([{1, 2}, {1}, {3}]))
print(sorted([{3}, {1, 2}, {1}, {2}, {1, 2, 3}]))
print(sorted([{1}, {2}, {3}], reverse=True))
print(sorted([frozenset("ab"), frozenset("a"), frozenset("c"), frozenset()]))
data = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(data, key=lambda p: p[0]), sorted(data, key=lambda p: p[0], reverse=True))
print(sorted(range(70), key=lambda i: -i)[:5], sorted([5, 3, 9, 1, 7, 3, 8]))
try:
    sorted([1], bad=1)
except TypeError as e:
    print("TypeError:", e)

class NotIter:
    def __iter__(self):
        return [1, 2]
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
for obj in [NotIter(), IterNone()]:
    try:
        iter(obj)
    except TypeError as e:
        print("TypeError:", e)
for bad in [{1, 2}, frozenset(), 5]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: enumerate(), lambda: sum(), lambda: sum(iterable=[1])]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
a = sys.intern("".join(["sp", "am"]))
print(a is sys.intern("spam"), sys.intern("x" * 3) is sys.intern("xxx"))
print(int.from_bytes(b"\x00\x01", "big"), bool.from_bytes(b"\x00"), type(bool.from_bytes(b"\x02")).__name__)
for bad in [5, 2.5, "ab"]:
    try:
        int.from_bytes(bad)
    except TypeError as e:
        print("TypeError:", e)
class S(str):
    pass
print(int(S("17")), int(S("ff"), 16), str(encoding="utf-8") == "")
try:
    str.upper(5)
except TypeError as e:
    print("TypeError:", e)
