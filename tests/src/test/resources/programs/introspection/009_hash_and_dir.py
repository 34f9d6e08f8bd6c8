# hash of empty str/bytes and of bound methods; dir() of a module with __dir__; reversed iterator types.
import operator
import types

print(hash(""), hash(b""), hash(("",)) == hash(("",)))


class C:
    def m(self):
        pass


c = C()
print(hash(c.m) == hash(c.m), c.m == c.m, {c.m: 1}[c.m])
mod = types.ModuleType("mod")
exec("def __dir__():\n    return ['z', 'a']\nhidden = 1", mod.__dict__)
print(dir(mod), "hidden" in vars(mod))
it = reversed([1, 2, 3])
print(type(it).__name__, operator.length_hint(it), next(it), operator.length_hint(it))
print(type(reversed((1,))).__name__, type(reversed("ab")).__name__, type(reversed(range(2))).__name__)
try:
    reversed({1})
except TypeError as e:
    print("TypeError:", e)
print(hasattr(set, "__getitem__"), hasattr(frozenset, "__getitem__"), hasattr(list, "__getitem__"))
print(len.__self__ is __builtins__ or len.__self__ is getattr(__builtins__, "__dict__", None) or type(len.__self__).__name__)
try:
    str.upper(5)
except TypeError as e:
    print("TypeError:", e)
big = range(10**20, 10**20 + 3)
print(len(big), list(reversed(big)))
print(list(iter(iter([1, 2]).__next__, 99)))
