# List slices, slice assignment from a list and list + list on each storage strategy (ints, floats, objects),
# including aliasing (a list assigned into a slice of itself), size changes and extended slices.
a = list(range(10))
b = a[:]
b[:3] = b[2::-1]
print(b, a)
b[::-1] = b
print(b)
b[::2] = b[1::2]
print(b)
print([1.5, 2.5] + [3.5], [1] + [2.0], [] + [1], [1] + [], ["x"] + [None])
d = [1, 2, 3]
d[1:2] = [7, 8, 9]
print(d)
d[0:4] = [5]
print(d)
d[:] = d
print(d)
d[1:1] = d
print(d)
e = ["a", "b"]
e[5:] = ["c"]
print(e, e[::-1], e[-1:-5:-1], e[10:], e[1:2] + e)
try:
    d[::2] = [1]
except ValueError as x:
    print(x)
f = [1, 2, 3, 4]
f[3:1] = [9]
print(f)
g = [0.5, 1.5, 2.5, 3.5]
g[1:3] = [9.0]
g[::-1] = g
print(g, g[::-2], g[1:100], g[-100:2])
h = [1, 2, 3]
h[0:2] = [1.0, 2.0]
print(h, h + [4], [0] + h)
p = list(range(8))
for first in (3, 5, 7):
    p[:first + 1] = p[first::-1]
print(p)
