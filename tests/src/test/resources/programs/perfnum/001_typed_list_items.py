# Item stores and reads on lists of floats and ints, looped so the unboxed fast paths get hot, then the cases
# that must leave them: another type stored, negative and out-of-range indices, a strategy change mid-loop.
# Recorded with ORACLE=native: the OverflowError of float ** int carries Linux's errno (WASI's differs).


def store_floats(n):
    xs = [0.0, 1.0, 2.0]
    for i in range(n):
        xs[i % 3] = xs[(i + 1) % 3] * 0.5 + i
        xs[-1] += 0.25
    return xs


def store_ints(n):
    xs = [0, 1, 2]
    for i in range(n):
        xs[i % 3] = xs[(i + 2) % 3] + i
        xs[-2] -= 1
    return xs


def mixed(values):
    xs = [1.5, 2.5]
    out = []
    for v in values:
        xs[0] = v
        out.append(xs[0])
    return out, xs


print(store_floats(3000))
print(store_ints(3000))
print(mixed([1.0, 2.0, 3, "s", None, 4.5]))
ys = [1, 2, 3]
ys[1] = 2.5
print(ys, [1.0, 2.0][-2])
for bad in (3, -4):
    for xs in ([1.0, 2.0, 3.0], [1, 2, 3]):
        try:
            xs[bad] = 0.5
        except IndexError as e:
            print("IndexError", e)
        try:
            xs[bad] = 7
        except IndexError as e:
            print("IndexError", e)
        try:
            print(xs[bad])
        except IndexError as e:
            print("IndexError", e)
try:
    [1.0][True] = 2.0
except IndexError as e:
    print("IndexError", e)
zs = [1.0, 2.0]
zs[True] = 5
print(zs)


def divide(n):
    t = 0.0
    for i in range(1, n):
        t += 1.0 / i + i / 2.0 + 2.0 ** 3 + 0.5 ** i
    return t


print(divide(2000))
for a, b in ((1.0, 0), (0, 0.0), (2 ** 70, 3.0), (3.0, 2 ** 70), (True, 2.0), (2.0, False)):
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
for a, b in ((1.5, 2), (1.0, 10 ** 30), (2.0, -3), (1.5, 10 ** 6), (0.0, 3), (-2.0, 3)):
    try:
        print(a ** b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
