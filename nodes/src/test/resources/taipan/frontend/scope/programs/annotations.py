x: int = 1
y: list[int]
def f(a: int, *b: str, c: "C" = None, **d: float) -> bool:
    z: int = 3
    w: float
    return a
class C:
    attr: int
    other: "C" = None
