# The AOT training program (see train.sh): the classes it loads are archived so that every start is faster.
# Keep it short and within what Taipan runs; widen it as the language grows (a SyntaxError archives less).
# The hot functions below make the JIT compile (train.sh compiles in the foreground), so the Graal compiler's
# own classes and method profiles are archived too: every later compilation starts warmer (about 20% less CPU
# to reach compiled code in bench/fib.py: A/B of the two caches in place, on a loaded machine).
# The imports below are the common ones (issue 6 times `import json, re, collections`; the bench programs import
# os, sys and time): the classes their loading, parsing and running need are archived, and their profiles, so the
# same imports in any later program start warmer (~15% less CPU for `-c "import json, re, collections"`).
# It ends in an uncaught exception on purpose, so that traceback printing is archived too.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def floats(n):
    xs = [0.5, 1.5, 2.5]
    t = 0.0
    for i in range(n):
        xs[i % 3] += 0.25 * xs[(i + 1) % 3]
        t += xs[0] * 1.5 - xs[1] / 3.0
    return t


def ints(n):
    acc = 0
    i = 0
    while i < n:
        acc += (i * 7) // 3 - (i & 15) + (i << 2) % 11
        i += 1
    return acc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)


def objects(n):
    p = Point(0, 0)
    q = Point(1, 2)
    for _ in range(n):
        p = p.add(q)
    return p.x


def generators(n):
    return sum(x * 2 for x in range(n)) + len([y for y in range(n) if y % 2])


for _ in range(12):
    fib(15)
    floats(3000)
    ints(3000)
    objects(3000)
    generators(3000)

import collections
import json
import os
import re
import sys
import time

print(json.dumps({"a": [1, 2.5, None, True], "b": "x\u00e9"}, indent=1, sort_keys=True))
print(json.loads('{"k": [1, 2, {"z": null}], "s": "t\\n"}'))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2:\1", "bob@example.com, ann@test.com"), re.findall(r"\d+", "a1b22c333"))
print(re.match(r"^(?P<key>[a-z_]+)\s*=\s*(?P<value>.*)$", "name = taipan").groupdict())
print(collections.Counter("abracadabra").most_common(2), collections.deque([1, 2, 3], maxlen=2))
print(collections.namedtuple("P", "x y")(1, 2), collections.defaultdict(list), collections.OrderedDict(a=1))
print(os.path.join(os.getcwd(), "x").endswith("x"), os.environ.get("TAIPAN_NO_SUCH_NAME"), len(sys.argv))
print(time.perf_counter() > 0, time.time() > 0, "%.1f" % 2.25, f"{3:>4}")

x = 1 + 2
i = 0
while i < 100:
    i = i + 1
if x < i and x != 0:
    print(x * 2.5, i // 7, i % 7, -x, "done", x == 3)
z = i / 0
