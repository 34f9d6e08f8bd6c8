# print(file=...) writes through an in-memory stream's write; sys.stdout is an _io._TextIOBase
import _io
import sys

s = _io.StringIO()
print("a", 1, sep="-", file=s)
print("b", file=s, end="")
print(*range(3), file=s)
print(repr(s.getvalue()))
print(isinstance(sys.stdout, _io._TextIOBase), isinstance(s, _io._IOBase), _io.StringIO.__module__)
print(repr(s)[:23])
