import _random
r = _random.Random(42)
print(r.random(), r.getrandbits(32), r.getrandbits(100), r.getrandbits(64), r.getrandbits(63))
r.seed(2**100+7); print(r.random())
r.seed(0); print(r.random())
r.seed(-5); print(r.random())
s = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random(), len(s), s[-1])
class R(_random.Random):
    def __init__(self, x): self.seed(x)
print(R(3).random())
r = _random.Random(7)
print([r.getrandbits(k) for k in (1, 5, 31, 32, 33, 64, 65, 200)])
try:
    r.getrandbits(-1)
except ValueError as e:
    print("negative bits:", e)
try:
    r.setstate((1, 2))
except ValueError as e:
    print("short state:", e)
try:
    r.setstate([0] * 625)
except TypeError as e:
    print("list state:", e)
bad = list(r.getstate()); bad[-1] = 700
try:
    r.setstate(tuple(bad))
except ValueError as e:
    print("bad index:", e)
r.seed(3.5); print("float seed:", r.random())
r.seed(True); print("bool seed:", r.random())
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"))
items = list(range(10)); random.shuffle(items); print(items)
print(random.sample(range(100), 5), round(random.gauss(0, 1), 12), round(random.uniform(1, 2), 12))
random.seed("a string seed"); print(random.random())
random.seed(b"bytes seed"); print(random.randint(0, 10**9))
print(random.Random(2**100 + 7).randrange(10**6), random.Random(0).getrandbits(32))
