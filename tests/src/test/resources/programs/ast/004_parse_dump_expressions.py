# ast.parse of expressions, literals, patterns and modes: ast.dump with positions must match CPython's byte for byte.
import ast

SOURCES = [
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
