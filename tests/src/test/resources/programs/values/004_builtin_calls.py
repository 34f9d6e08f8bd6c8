# Built-in functions as objects and their argument errors; keyword arguments of built-in methods; ** with mappings.
import math
print(len.__name__, len.__qualname__, len.__module__, [].append.__qualname__, str.join.__qualname__, "a".join.__self__)
print(str.join, len, math.floor.__module__, [].append.__name__)
for src in ["'abc'.index()", "sorted()", "sorted([1], lambda x: x)", "[3, 1].sort(lambda x: x)", "list(1, 2)",
            "[].append()", "len()", "'a'.replace('a')", "range()", "[].copy(1)", "abs(1, 2)", "round()",
            "sum(1, 2, 3)", "dict.fromkeys()", "(1).to_bytes(1, 'big', False)", "int.from_bytes()"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
print("{x} {y} {x}".format(x=1, y=2), "{0}-{k}".format(0, k="kw"), "aaa".replace("a", "b", count=2))
print(dict.fromkeys("ab"), {}.fromkeys([1], 0))
class KeysOnly:
    def keys(self): return ["k1", "k2"]
    def __getitem__(self, key): return key.upper()
def show(**kw): return kw
print({**KeysOnly()}, show(**KeysOnly()), (*[1], *(2,)), (*"xy",))
t = *[1], 2
print(t)
try:
    show(1, *5)
except TypeError as e:
    print(e)
try:
    '1' + 1
except TypeError as e:
    print(e)
x = None
try:
    x += 1
except TypeError as e:
    print(e)
class C:
    def m(self): pass
c = C()
print(c.m == c.m, c.m is c.m, src := {"m": 1}.keys().mapping, type(src).__name__, dict(src))
