def f():
    a = 1
    a += 1
    del a
    b.c = 1
    d[0] = 2
    return e
