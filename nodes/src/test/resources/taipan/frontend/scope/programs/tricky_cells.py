def f():
    a = 1
    def g():
        nonlocal a
        del a
    b = [lambda: a for a in range(3)]
    c = [[lambda: (a, k) for k in range(2)] for _ in range(2)]
    return g, b, c
def h(p):
    class K:
        nonlocal p
        p = 2
        def m(self):
            return p
    return K
