# deque through _collections: both ends, maxlen, rotate, indexing, errors, iteration with mutation.
from _collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print("after appends:", list(d))
print("pop:", d.pop(), "popleft:", d.popleft())
print("now:", list(d))
d.extend([7, 8])
d.extendleft([-1, -2])
print("after extends:", list(d))
print("len:", len(d), "d[0]:", d[0], "d[-1]:", d[-1])
print("index of 7:", d.index(7))
print("count of 2:", d.count(2))

d.rotate(2)
print("rotate(2):", list(d))
d.rotate(-3)
print("rotate(-3):", list(d))
d.reverse()
print("reverse:", list(d))
d.remove(7)
print("remove 7:", list(d))
d.insert(2, 99)
print("insert(2, 99):", list(d))
d[1] = 42
print("d[1] = 42:", list(d))
del d[0]
print("del d[0]:", list(d))

# maxlen discards from the opposite end
ring = deque(maxlen=3)
for i in range(6):
    ring.append(i)
    print("ring after append", i, "->", list(ring))
print("maxlen:", ring.maxlen)
ring.appendleft(-1)
print("appendleft(-1):", list(ring))
print("repr:", repr(ring))
print("repr plain:", repr(deque("ab")))

# errors
empty = deque()
for what, fn in [("pop", empty.pop), ("popleft", empty.popleft)]:
    try:
        fn()
    except IndexError as e:
        print(what, "on empty:", type(e).__name__, e)
try:
    deque([1, 2]).remove(5)
except ValueError as e:
    print("remove missing:", type(e).__name__, e)
try:
    deque([1, 2])[5]
except IndexError as e:
    print("index out of range:", type(e).__name__, e)
try:
    full = deque([1, 2], maxlen=2)
    full.insert(0, 3)
except IndexError as e:
    print("insert into full:", type(e).__name__, e)

# mutation during iteration
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as e:
    print("mutate while iterating:", type(e).__name__, e)

# comparisons, copy, multiplication, contains
a = deque([1, 2, 3])
b = a.copy()
b.append(4)
print("a == b:", a == b, "a < b:", a < b)
print("a * 2:", list(a * 2))
print("3 in a:", 3 in a, "9 in a:", 9 in a)
a.clear()
print("cleared:", list(a), bool(a))

# sliding window maximum using a deque of indices
def window_max(values, k):
    out, q = [], deque()
    for i, v in enumerate(values):
        while q and values[q[-1]] <= v:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(values[q[0]])
    return out

print("window max:", window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))

# last N lines idiom
lines = ["line %d" % i for i in range(10)]
print("tail 3:", list(deque(lines, maxlen=3)))
# more: index ranges, insert clamping, extendleft order, self-extend, in-place ops, nested repr
d = deque(range(6))
print(d.index(3, 1, 5), d.count(9))
try:
    d.index(3, 4)
except ValueError as e:
    print("index:", e)
d.insert(-100, "a"); d.insert(100, "z"); print(d)
d.extendleft("xy"); print(d)
e = deque([1, 2]); e.extend(e); print(e)
e += [3]; e *= 2; print(e, len(e))
n = deque([1]); n.append(n); print(n)
print(deque([1, 2, 3], maxlen=2), deque(maxlen=0), deque([], 5).maxlen)
try:
    deque([], -1)
except ValueError as e:
    print("maxlen:", e)
try:
    deque([1])[0:1]
except TypeError as e:
    print("slice:", e)
try:
    deque() + [1]
except TypeError as e:
    print("concat:", e)
print(deque("abc") != deque("abd"), deque([1, 2]) >= deque([1]), sorted([deque([2]), deque([1])]))
