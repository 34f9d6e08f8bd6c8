# set and frozenset: displays, constructors, methods, operators, comparisons, hashing.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a, b, set(), frozenset(), set([1, 1, 2]), frozenset(range(3)), set("aab") == {"a", "b"})
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9], (8,), range(7, 8)), a.intersection([1, 2], {2, 3, 1}), a.difference([1], [2]))
try:
    a | [5]
except TypeError as e:
    print("TypeError:", e)
s = {1, 2, 3}
alias = s
s |= {4}
s &= {1, 2, 4, 5}
s -= {1}
s ^= {2, 9}
print(s, alias is s)
s.add(7)
s.discard(100)
s.remove(7)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), len(s))
s.clear()
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
s.update([1, 2], (3,))
s.intersection_update({1, 2, 5})
s.difference_update([1])
s.symmetric_difference_update([2, 8])
print(s)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, {1} >= {1}, {1} == frozenset({1}), {1} != {2})
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]), {1}.isdisjoint([2, 3]), {1}.isdisjoint({1}))
f = frozenset([1, 2])
print(f | {3}, {3} | f, f.union([5]), f.copy() is f, type(f & {1}).__name__, type({1} & f).__name__)
print({f: "frozen key"}[frozenset({2, 1})])
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
print(len({1, 1.0, True}), 1 in {1.0}, "a" in {"a"}, 2 not in {1})
print({*[1, 2], *(2, 3), 4})
