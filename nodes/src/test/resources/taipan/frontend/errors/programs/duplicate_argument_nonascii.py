def f(é, x, é):
    pass
