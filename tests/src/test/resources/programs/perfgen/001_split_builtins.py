# Built-ins split per call site (sum, any, all, min, max, sorted, list, tuple, set, frozenset): each call site has a
# copy of its own, so sites that see different iterables, a generator that raises halfway, a start value, a str
# rejected after the site is warm, and one site fed ints then floats then objects must all keep CPython's results.


class Boom(Exception):
    pass


def gen_raising(n, at):
    for i in range(n):
        if i == at:
            raise Boom("at %d" % i)
        yield i


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vec(self.x + (other.x if isinstance(other, Vec) else other))

    __radd__ = __add__

    def __repr__(self):
        return "Vec(%r)" % self.x


def site_a(xs):
    return sum(x * 2 for x in xs)


def site_b(xs):
    return sum((x for x in xs), 100)


def site_c(xs, start):
    return sum(xs, start)


def reductions(xs):
    return (min(x for x in xs), max(xs), any(x > 5 for x in xs), all(x >= 0 for x in xs), sorted(x % 7 for x in xs)[:3],
            len(list(x for x in xs)), tuple(x for x in xs if x < 2), sorted(set(x % 3 for x in xs)),
            len(frozenset(xs)))


totals = [0, 0, 0]
for i in range(3000):
    xs = range(i % 13)
    totals[0] += site_a(xs)
    totals[1] += site_b(list(xs))
    totals[2] += site_c(list(xs), 0)
print("totals", totals)

print("site_c floats", site_c([0.1] * 10, 0.0), site_c([1e100, 1.0, -1e100], 0))
print("site_c objects", site_c([Vec(1), Vec(2)], Vec(10)), site_c([1, 2], Vec(0)))
print("site_c lists", site_c([[1], [2, 3]], []))
for start in ("", b"", bytearray()):
    try:
        site_c([], start)
    except TypeError as e:
        print("TypeError", e)
try:
    site_c(["a", "b"], 0)
except TypeError as e:
    print("TypeError", e)

caught = 0
for i in range(2000):
    try:
        site_a(gen_raising(10, i % 12))
    except Boom as e:
        caught += 1
        last = str(e)
print("caught", caught, last)

checksum = None
for i in range(1500):
    r = reductions(range(1, 9 + i % 5))
    if i % 500 == 0:
        print(r)
print(reductions([3, 1, 2]))
try:
    min(x for x in [])
except ValueError as e:
    print("ValueError", e)
print(min((x for x in []), default="empty"), max([1, 5, 3], key=lambda v: -v))

alias = sum
print(alias(x for x in range(10)), alias(range(5), start=1), list(map(sum, [[1, 2], [3.5, 4]])))
