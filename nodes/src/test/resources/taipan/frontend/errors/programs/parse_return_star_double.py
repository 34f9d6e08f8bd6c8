def f():
    return **x
