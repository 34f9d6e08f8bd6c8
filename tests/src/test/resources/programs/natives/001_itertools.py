# itertools: reprs, big counts, laziness, class identity and argument errors.
import itertools as it


def show(label, fn):
    try:
        r = fn()
    except BaseException as e:
        print(f"{label} -> {type(e).__name__}: {e}")
    else:
        print(f"{label} -> {r!r}")

c = it.count(2 ** 63 - 2)
print(next(c), next(c), next(c), repr(c))
print(repr(it.count()), repr(it.count(0, 1.0)), repr(it.count(2.5)), repr(it.count(-3, -2)))
r = it.repeat([1], 2)
print(repr(r), next(r), repr(r), list(r), repr(r))
print(repr(it.repeat(None)), repr(it.repeat(1, -5)))
print(it.count, it.chain, it.islice, it.groupby, type(it.tee([])[0]).__name__)
print(isinstance(it.count(), it.count), type(it.chain()) is it.chain, it.count.__module__ if hasattr(it.count, "__module__") else "")
print(list(it.chain.from_iterable(["ab", "", "c"])), list(it.islice("abcdef", 1, None, 2)))
print(list(it.islice(it.count(), 2, 3)), list(it.islice([], 5)), list(it.islice("ab", None, None)))
print(list(it.accumulate([1, 2, 3], lambda a, b: a * 10 + b)), list(it.accumulate([5], initial=None)))
print(list(it.zip_longest([1, 2], fillvalue=0)), list(it.zip_longest("ab", "c", "def")))
print(list(it.starmap(divmod, [[7, 2], (9, 4)])), list(it.compress(range(6), it.cycle([1, 0]))))
print(list(it.batched("abcde", 2)), list(it.pairwise(range(4))))
a, b, c = it.tee(range(4), 3)
print(next(a), list(b), list(a), list(c))
gb = it.groupby([1, 1, 2, 3, 3], key=lambda x: x % 2)
print([(k, list(g)) for k, g in gb])
print(list(it.product([1, 2], repeat=2)), list(it.permutations(range(3), 2)))
print(list(it.combinations_with_replacement("xy", 2)), list(it.combinations([], 0)))
print(it.islice(range(3), 1).__next__(), next(iter(it.repeat(7))))
show("islice too few", lambda: it.islice([]))
show("islice bad start", lambda: it.islice([], -2, 5))
show("count tuple", lambda: it.count(()))
show("cycle non-iterable", lambda: it.cycle(3))
show("product bad", lambda: it.product(5))
show("cwr missing r", lambda: it.combinations_with_replacement("ab"))
show("tee bad n", lambda: it.tee([], "2"))
show("next on exhausted", lambda: next(it.chain()))
show("zip_longest two kw", lambda: it.zip_longest(fillvalue=1, x=2))
