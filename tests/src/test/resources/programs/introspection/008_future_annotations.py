# from __future__ import annotations: each annotation is the expression unparsed as CPython's ast_unparse.c does.
from __future__ import annotations


def f(a: 1+2*3, b: (1+2)*3, c: -x**2, d: (-x)**2, e: a if b else c, g: lambda x, *y, z=1, **k: x,
      h: not a and b or c, i: a < b <= c, j: [x for x in y if x], k: {k: v for k, v in d.items()},
      l: {1, 2}, m: {**d, 'a': 1}, n: f(*a, b=1, **c), o: x[1:2, ::3], p: x[(1, 2)], q: (1,), r: (),
      s: "it's", t: b"\x00", u: 1e400, v: ..., w: await_ or None, y: a.b.c, z: 1 .real,
      aa: {*()}, cc: x[a:b:c], dd: f(x for x in y), ee: ~a | b & c ^ d << 2,
      ff: f"{a!r:>{w}} {{b}}", gg: 3j, hh: a @ b // c % d) -> dict[str, list[int | None]]:
    pass


for name, text in f.__annotations__.items():
    print(name, repr(text))


class K:
    attr: list[int] = []
    other: 'quoted'


print(K.__annotations__)
