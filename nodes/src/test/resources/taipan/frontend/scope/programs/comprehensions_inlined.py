def f(xs):
    a = [x * 2 for x in xs]
    b = {k: v for k, v in xs}
    c = {x for x in xs if x}
    d = (x for x in xs)
    e = [[y for y in x] for x in xs]
    return a, b, c, d, e
