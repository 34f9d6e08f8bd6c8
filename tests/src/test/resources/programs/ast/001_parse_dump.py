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
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree, include_attributes=True))
