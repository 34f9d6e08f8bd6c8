# list, set and dict comprehensions, inlined (PEP 709): nesting, conditions, isolation of their names
x = "outer"
print([x * 2 for x in range(5)])
print(x)
print([i * j for i in range(4) if i % 2 == 0 for j in range(3) if j])
print({k: k * k for k in range(5) if k != 2})
letters = {c for c in "mississippi"}
print(len(letters), "m" in letters, "x" in letters, letters == {"i", "m", "p", "s"})
print([[r * 3 + c for c in range(3)] for r in range(3)])
print([y for row in [[1, 2], [3], []] for y in row])
print([(a, b) for a, b in [(1, "one"), (2, "two")]])


def f(n):
    y = 10
    x = "local"
    r = [y + x for x in range(n)]
    return r, x, [(a, b) for a in range(3) for b in range(a)]


print(f(3))
print({v: [w for w in range(v)] for v in range(4)})
print(len([0 for _ in range(100000)]))
try:
    print([1 / d for d in [1, 2, 0]])
except ZeroDivisionError as e:
    print("error", e)
try:
    print({[]: 1 for _ in range(1)})
except TypeError as e:
    print("error", e)
try:
    [q for q in 5]
except TypeError as e:
    print("error", e)
