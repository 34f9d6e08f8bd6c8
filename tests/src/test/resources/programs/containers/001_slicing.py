# Slice loads, stores and deletions on lists, tuples, strings and ranges.
base = list(range(10))
for s in [slice(None), slice(2, 5), slice(-3, None), slice(None, None, 2), slice(None, None, -1),
          slice(7, 2, -2), slice(100, None, -3), slice(-100, 100), slice(5, 2), slice(None, -7, -1)]:
    print(s, base[s], tuple(base)[s], "abcdefghij"[s], range(10)[s])
print(base[1:3], base[::-1], base[-2:], base[:-8], base[3:3])
a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[1:4] = []
print(a)
a[:0] = ["front"]
a[len(a):] = ["back"]
print(a)
a[2:2] = "ab"
print(a)
b = list(range(10))
b[::2] = "ABCDE"
print(b)
b[::-3] = [None] * 4
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    b[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    b[::2] = 5
except TypeError as e:
    print("TypeError:", e)
d = list(range(12))
del d[::3]
print(d)
del d[-2:]
del d[::-2]
print(d)
del d[:]
print(d)
e = [1, 2, 3]
e[1:1] = e
print(e)
f = [1, 2, 3]
f[::-1] = f
print(f)
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s, s.indices(5), slice(None, None, -1).indices(4), slice(3).indices(10))
try:
    [1, 2][::0]
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2]["a":]
except TypeError as e:
    print("TypeError:", e)
print(range(0, 20, 3)[2:5], range(10)[::-1], range(10)[-3], range(5, 0, -1)[1:3])
