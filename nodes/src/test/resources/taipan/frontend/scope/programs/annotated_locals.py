def f():
    a: int
    b: int = 1
    c: int
    c = 2
    d: int
    print(d)
    e: int
    del e
    return b
