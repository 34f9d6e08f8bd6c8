# tuple and list operators, comparisons, methods and repr.
t = (1, 2, 3, 2)
print(t + (4,), t * 2, 2 * t, t * 0, t.count(2), t.index(2), t.index(2, 2), len(t), 3 in t)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t + [1]
except TypeError as e:
    print("TypeError:", e)
try:
    [1] + (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * 2.0
except TypeError as e:
    print("TypeError:", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), [1, 2] <= [1, 2], [3] >= [2, 9])
print([1, [2, 3]] == [1, [2, 3]], (1, (2,)) < (1, (3,)), [] < [0], () == ())
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print("TypeError:", e)
l = [3, 1, 2]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
l.remove(2)
print(l)
try:
    l.remove(42)
except ValueError as e:
    print("ValueError:", e)
r = [1, 2]
r.append(r)
print(r)
print(tuple([1, 2]), tuple("ab"), tuple(), list((1, 2)), list(range(3)))
print({(1, 2): "t"}[(1, 2)])
print((1,), (), ((),), [()], [[]])
