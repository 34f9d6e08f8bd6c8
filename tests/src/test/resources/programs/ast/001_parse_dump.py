# ast.parse of many constructs: ast.dump with positions must match CPython's byte for byte.
import ast

SOURCES = [
    "x = 1 + 2 * 3",
    "a, *b = c",
    "x: int = 5\ny: 'str'",
    "del a[0], b.c",
    "x += 1; y //= 2; z @= w",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "for i in range(3):\n    break\nelse:\n    continue",
    "async def f():\n    async for x in y:\n        await x\n    async with a as b:\n        pass",
    "while x:\n    x -= 1",
    "with open(f) as g, h:\n    pass",
    "try:\n    pass\nexcept ValueError as e:\n    raise\nexcept* TypeError:\n    pass" if False else
    "try:\n    pass\nexcept ValueError as e:\n    raise RuntimeError() from e\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* TypeError:\n    pass",
    "import os.path as p, sys\nfrom .. import x\nfrom a.b import (c as d, e)\nfrom m import *",
    "global g\nnonlocal_ = 1",
    "def f(a, /, b, c=1, *args, d, e=2, **kw) -> int:\n    return a",
    "@dec\nclass C(B, metaclass=M):\n    '''doc'''\n    x = 1",
    "lambda x, *y, z=3: x + z",
    "[x for x in y if x if not x]\n{k: v for k, v in d.items()}\n{s for s in t}\n(g for g in h)",
    "f(a, *b, c=d, **e)",
    "a if b else c",
    "a and b or not c",
    "a < b <= c != d is not e not in f",
    "x[1:2, ::3]\nx[a]\nx.y.z",
    "f'{x!r:>{width}} and {y=}'",
    "'abc' 'def'\nb'bytes'\nu'unicode'\n1.5\n10**100\n3j\n...\nNone\nTrue",
    "(yield)\nyield from x" if False else "def g():\n    yield\n    yield 1\n    yield from x",
    "(x := 5)",
    "match p:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy) if yy > 0:\n        pass\n    case None:\n        pass\n    case str() as s:\n        pass\n    case _:\n        pass",
    "type Alias[T] = list[T]",
    "def f[T: int, *Ts, **P](x: T) -> T:\n    pass\nclass K[T = int]:\n    pass",
    "assert x, 'msg'",
    "x = 'héllo' + y  # non-ASCII shifts the byte offsets",
    "print('€', end='')",
    "{1: 2, **other}",
    "{1, 2}\n[1, 2]\n()\n(1,)",
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree, include_attributes=True))

for mode, src in [("eval", "a + 1"), ("single", "x = 1"), ("func_type", "(int, str) -> bool")]:
    print(mode, ast.dump(ast.parse(src, mode=mode), include_attributes=True))

print(ast.dump(ast.parse("x = 1\ny = 2"), indent=2))
