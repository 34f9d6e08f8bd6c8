# _heapq: the list heap operations heapq re-exports, the max-heap helpers, and argument errors.
import heapq, _heapq
def show(label, fn):
    try:
        r = fn()
    except BaseException as e:
        print(f"{label} -> {type(e).__name__}: {e}")
    else:
        print(f"{label} -> {r!r}")
print(heapq.heappush is _heapq.heappush)
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    _heapq.heappush(h, x)
print(h, [_heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
_heapq.heapify(data); print(data)
print(_heapq.heapreplace(data, 10), _heapq.heappushpop(data, -1), _heapq.heappushpop(data, 4), data)
print(heapq.nlargest(3, [4, 1, 9, 7, 3]), heapq.nsmallest(2, "zebra"))
m = [3, 1, 4, 1, 5, 9, 2, 6]
_heapq._heapify_max(m); print(m, _heapq._heappop_max(m), _heapq._heapreplace_max(m, 0), m)
t = [(2, "b"), (1, "a"), (3, "c")]
_heapq.heapify(t); print(_heapq.heappop(t), t)
show("pop empty", lambda: _heapq.heappop([]))
show("replace empty", lambda: _heapq.heapreplace([], 1))
show("not list", lambda: _heapq.heappush((), 1))
show("heapify tuple", lambda: _heapq.heapify((1,)))
show("uncomparable", lambda: _heapq.heapify([1, "a", 2]))
xs = [random.random() for _ in range(200)] if False else [(i * 7919) % 211 for i in range(200)]
hh = []
for x in xs:
    _heapq.heappush(hh, x)
print([_heapq.heappop(hh) for _ in range(200)] == sorted(xs))
