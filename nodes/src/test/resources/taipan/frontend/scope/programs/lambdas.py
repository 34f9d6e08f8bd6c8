f = lambda x, y=2, *a, k, **kw: x + y + k + z
def g(p):
    return lambda q: p + q + (lambda r: p * r)(q)
