# generator expressions and yields inside every kind of resumable statement
squares = (x * x for x in range(6))
print(next(squares), list(squares))
print(list(x + y for x in range(3) if x for y in range(2)))


def total(items):
    t = 0
    for item in items:
        t += item
    return t


print(total(v for v in range(101)), list(c.upper() for c in "hello"), list(t for t in ()))
try:
    (x for x in 42)
except TypeError as e:
    print("eager first iterable:", e)
lazy = (1 // z for z in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("lazy error:", e)
print(repr(x for x in []).startswith("<generator object <genexpr> at 0x"))


def shapes():
    n = 0
    while n < 3:
        if n % 2 == 0:
            yield "even", n
        else:
            yield "odd", n
        n += 1
    else:
        yield "while-else"
    for i in range(4):
        if i == 1:
            continue
        yield "for", i
        if i == 2:
            break
    else:
        yield "not reached"
    for j in range(2):
        yield "j", j
    else:
        yield "for-else"
    try:
        yield "try"
    except Exception:
        yield "no"
    else:
        yield "try-else"
    finally:
        yield "finally"
    for a in range(2):
        for b in range(2):
            yield a, b


print(list(shapes()))


def early_return(items):
    for item in items:
        if item < 0:
            return "negative"
        yield item


er = early_return([1, 2, -1, 3])
print(list(er))
print(list(early_return([])))
