def f(x):
    y = [x for x in range(3)]
    z = [lambda: w for w in range(2)]
    def g():
        return [q for q in x]
    return x, y, z, g
