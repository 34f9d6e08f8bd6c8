# ranges whose bounds do not fit 64 bits, and range arguments given through __index__.
big = range(10 ** 20)
print(big, big[-1], 10 ** 19 in big, 10 ** 19 + 1 in range(0, 10 ** 20, 2), big[10 ** 19], big[::10 ** 19], big.index(12345))
try:
    len(big)
except OverflowError as e:
    print("len:", e)
print(big.start, big.stop, big.step, (big.stop - big.start) // big.step)
r = range(10 ** 30, 0, -(10 ** 29))
print(r[3], len(r), list(r)[:2], r[-1], r[1:3])
print(list(range(2 ** 64, 2 ** 64 + 3)), list(range(2 ** 64 + 2, 2 ** 64 - 1, -1)))
try:
    big[10 ** 21]
except IndexError as e:
    print("index:", e)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(range(Idx(2), Idx(8), Idx(3)), list(range(Idx(3))), "abcdef"[Idx(2)], [1, 2, 3][Idx(-1)])
for args in [(1.5,), ("3",), (0, 5, 0)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
