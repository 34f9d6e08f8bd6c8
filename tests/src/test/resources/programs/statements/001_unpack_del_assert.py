a, b = 1, 2
print(a, b)
(a, b), c = [3, 4], 5
print(a, b, c)
x, *y, z = range(6)
print(x, y, z)
*h, = "abc"
print(h)
for i, (p, q) in [(1, (2, 3)), (4, (5, 6))]:
    print(i, p, q)
def f():
    m, n = n2 = 7, 8
    print(m, n, n2)
    del m
    try:
        print(m)
    except NameError as e:
        print(type(e).__name__, e)
f()
del a, (b, c)
try:
    print(a)
except NameError as e:
    print(e)
assert True
try:
    assert 1 == 2, "boom"
except AssertionError as e:
    print("assert", e)
