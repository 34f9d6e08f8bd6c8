# enumerate, zip, map, filter, reversed, iter/next, sorted, sum, any, all, min, max: lazy iterators with their types.
print(list(enumerate("abc")), list(enumerate(["x", "y"], 10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "abcd")), list(zip()), list(zip([1], [2], [3])))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a", None, 2])))
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed("xyz")), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(sorted([3, 1, 2]), sorted("hello"), sorted([3, 1, 2], reverse=True), sorted([-3, 1, -2], key=abs), sorted(range(5), key=None))
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([2**63, 2**63]), sum(range(101)))
print(any([]), any([0, "", 3]), all([]), all([1, 0]), min(3, 1, 2), max("abc"), max([1, 3, 2], key=None), min([], default="none"))
print(type(enumerate([])), type(zip()), type(map(abs, [])), type(filter(None, [])))
e = enumerate("ab")
print(next(e), next(e), next(e, "done"))
z = zip([1, 2], [3, 4])
print(iter(z) is z, next(z), list(z))
m = map(str, range(3))
print(next(m), list(m), list(m))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
count = []
def counter():
    count.append(1)
    return len(count)
print(list(iter(counter, 4)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as ex:
    print(ex)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as ex:
    print(ex)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as ex:
    print(ex)
print(list(zip([1, 2], "ab", strict=True)))
try:
    sorted([1, "a"])
except TypeError as ex:
    print(ex)
try:
    max([])
except ValueError as ex:
    print(ex)
try:
    sum(["a", "b"], "")
except TypeError as ex:
    print(ex)
try:
    reversed(5)
except TypeError as ex:
    print(ex)
try:
    enumerate(5)
except TypeError as ex:
    print(ex)
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
