# BaseExceptionGroup construction, split/subgroup/derive, notes, str
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3)])])
print(str(eg))
print(repr(eg))
print(ExceptionGroup.__mro__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
m, r = eg.split(ValueError)
print(m, r)
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(eg.subgroup(OSError))
for bad in ([], 5, [1]):
    try:
        ExceptionGroup("x", bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
e = ValueError("v")
e.add_note("one")
e.__notes__.append("two")
print(e.__notes__, vars(e) if hasattr(e, "__dict__") else None)
e.__notes__ = "bad"
try:
    e.add_note("x")
except TypeError as t:
    print(t)
class E(Exception):
    def __init__(self, *, reason):
        super().__init__("reason: " + reason)
print(E(reason="r").args)
try:
    ValueError(x=1)
except TypeError as t:
    print(t)
class F(ValueError):
    pass
try:
    F(x=1)
except TypeError as t:
    print(t)
class K:
    try:
        raise ValueError
    except ValueError as caught:
        pass
print(hasattr(K, "caught"))
