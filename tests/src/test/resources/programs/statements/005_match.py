def describe(x):
    match x:
        case 0:
            return "zero"
        case True:
            return "true"
        case None:
            return "none"
        case "hi" | "hello":
            return "greeting"
        case [] :
            return "empty"
        case [a]:
            return "one " + repr(a)
        case [1, *rest]:
            return "starts with 1, rest " + repr(rest)
        case (a, b, *_):
            return "pair-ish " + repr(a) + repr(b)
        case {"k": v, **others}:
            return "mapping k=" + repr(v) + " others=" + repr(others)
        case int(n) if n > 100:
            return "big int " + str(n)
        case int() | float() as num:
            return "number " + repr(num)
        case str(s):
            return "str " + s
        case _:
            return "other"

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return "on y axis at " + str(yy)
        case Point(x, 0):
            return "on x axis at " + str(x)
        case Point():
            return "elsewhere"
        case _:
            return "not a point"

for v in [0, True, None, "hi", "hello", [], [5], [1, 2, 3], (7, 8, 9), {"k": 1, "j": 2}, 500, 5, 2.5, "word", object]:
    print(describe(v))
for p in [Point(0, 0), Point(0, 4), Point(3, 0), Point(1, 1), 7]:
    print(where(p))
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
match (1, 2):
    case [x, y] if x > y:
        print("desc")
    case [x, y]:
        print("asc", x, y)
