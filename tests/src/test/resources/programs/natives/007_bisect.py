# _bisect: bisect/insort left and right, lo/hi bounds, key=, non-list sequences, errors.
import bisect, _bisect
def show(label, fn):
    try:
        r = fn()
    except BaseException as e:
        print(f"{label} -> {type(e).__name__}: {e}")
    else:
        print(f"{label} -> {r!r}")
print(bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right)
a = [1, 2, 2, 2, 3, 5, 8]
print(_bisect.bisect_left(a, 2), _bisect.bisect_right(a, 2), _bisect.bisect_left(a, 4), _bisect.bisect_right(a, 0), _bisect.bisect_right(a, 9))
print(_bisect.bisect_left(a, 2, 2), _bisect.bisect_right(a, 2, 0, 3), _bisect.bisect_left(a, 8, hi=6), _bisect.bisect_right(a, 2, lo=4))
_bisect.insort_left(a, 2); _bisect.insort_right(a, 6); bisect.insort(a, 0); print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(_bisect.bisect_left(recs, 3, key=lambda r: r[1]), _bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("z", 4), key=lambda r: r[1]); print(recs)
print(_bisect.bisect_right((1, 3, 5), 4), _bisect.bisect_left("aceg", "d"), _bisect.bisect_right(range(0, 100, 10), 35))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
show("lo negative", lambda: _bisect.bisect_left([1], 1, -1))
show("uncomparable", lambda: _bisect.bisect_left([1, 2], "x"))
show("no len", lambda: _bisect.bisect_left(5, 1))
show("missing x", lambda: _bisect.bisect_left([1]))
