def f():
    try:
        pass
    except ValueError as e:
        print(e)
    except TypeError as f2:
        pass
    else:
        v = 1
    finally:
        w = 2
    with open("x") as (a, b), open("y") as c:
        pass
    del a
    return v, w
def g():
    try:
        pass
    except* OSError as eg:
        h = eg
    return h
