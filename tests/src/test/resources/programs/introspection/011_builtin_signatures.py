# inspect.signature of built-in functions and methods: their __text_signature__ (CPython's Argument Clinic text),
# parsed by inspect through tokenize.
import inspect
import math

for f in (len, print, sorted, abs, divmod, isinstance, repr, hash, id, iter, next, getattr, max, min, pow, round,
          format, vars, dir, chr, ord, callable, math.sqrt, math.gcd, math.isclose):
    try:
        print(f.__name__, f.__text_signature__, inspect.signature(f))
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
for f in (list.append, list.insert, list.pop, list.sort, dict.get, dict.pop, dict.fromkeys, str.split, str.join,
          str.replace, str.startswith, bytes.hex, int.to_bytes, int.from_bytes, int.bit_length, float.hex,
          set.add, object.__reduce_ex__, object.__format__, object.__sizeof__, int.__new__, int.__add__,
          object.__init__, type.__call__, int.__pow__):
    try:
        print(f.__qualname__, f.__text_signature__, inspect.signature(f))
    except ValueError as e:
        print(f.__qualname__, "ValueError:", e)
for f in ([].append, {}.get, "".split, (1).to_bytes, (1).__add__):
    print(f.__qualname__, inspect.signature(f))
print(len.__self__.__name__, math.sqrt.__self__.__name__, [].append.__self__)
sig = inspect.signature(sorted)
print(list(sig.parameters), [p.kind.name for p in sig.parameters.values()])
print(inspect.signature(str.split).bind("a b", maxsplit=1).arguments)
