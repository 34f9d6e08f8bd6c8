def f(xs):
    if any((n := x) > 2 for x in xs):
        return n
    ys = [(m := x) for x in xs]
    return m, ys
zs = [(top := q) for q in range(3)]
def g():
    global gg
    return [(gg := 1) for _ in range(2)]
