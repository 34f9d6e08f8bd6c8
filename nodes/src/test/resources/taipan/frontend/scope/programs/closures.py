def outer(a, b=1, *args, c, d=2, **kw):
    x = 1
    y = 2
    def inner():
        nonlocal y
        y += x
        return a, z
    z = 3
    return inner
