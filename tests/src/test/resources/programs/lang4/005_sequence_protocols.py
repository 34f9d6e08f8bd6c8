# reversed() through __len__/__getitem__, range and repetition through __index__, cells made directly
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "abc"[i]
print(list(reversed(Seq())))
class NoRev(Seq):
    __reversed__ = None
try:
    reversed(NoRev())
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __index__(self):
        return 2
print(range(10)[Idx()], "ab" * Idx(), [0] * Idx(), Idx() * (1,))
print(range(2**100).count(7), range(5).count(3.0))
import types, operator
c = types.CellType()
try:
    c.cell_contents
except ValueError as e:
    print("ValueError:", e)
c.cell_contents = 5
print(c.cell_contents, types.CellType(1) == types.CellType(1), types.CellType(1) < types.CellType(2))
del c.cell_contents
print(types.CellType() == types.CellType(), types.CellType() < types.CellType(0))
try:
    operator.index(2.5)
except TypeError as e:
    print("TypeError:", e)
print(operator.index(True), operator.length_hint(iter([1, 2, 3])), operator.length_hint(object(), 7))
it = iter([10, 20])
print(it.__next__(), next(it), iter(it) is it)
print((1).__eq__(1.0), (1.0).__eq__(1), "a".__eq__(1), "a".__lt__("b"))
