from __future__ import annotations
x: SomeType = 1
def f(a: A, b: B = None) -> R:
    loc: T = 2
    return loc
class C:
    field: F
