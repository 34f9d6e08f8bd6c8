def f(xs):
    fs = [lambda: x for x in xs]
    gs = [lambda: t for x in xs]
    t = 1
    return fs, gs
