# _collections directly (collections itself needs async def support): deque and defaultdict basics.
from _collections import deque, defaultdict
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], list(d), bool(d), 3 in d)
print(d.pop(), d.popleft(), d)
d.rotate(1); print(d); d.rotate(-2); print(d)
r = deque(maxlen=2); r.extend(range(5)); print(r, r.maxlen)
print(deque("ab") == deque("ab"), deque("ab") < deque("b"), deque([1]) == [1])
print(deque([1,2]) + deque([3]), deque([1]) * 3, list(reversed(deque([1,2,3]))))
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as e:
    print("err", e)
try:
    deque().pop()
except IndexError as e:
    print("err", e)
print(type(d), type(iter(d)), deque.__module__ if hasattr(deque, "__module__") else None)
dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dd.default_factory, isinstance(dd, dict), type(dd))
c = defaultdict(int, {"x": 1}, y=2)
c["z"] += 1
print(c, dict(c), c.copy())
n = defaultdict()
try:
    n["q"]
except KeyError as e:
    print("KeyError", e)
class D(deque):
    pass
x = D([1, 2])
print(x, type(x).__name__, isinstance(x, deque))
try:
    hash(deque())
except TypeError as e:
    print(e)
