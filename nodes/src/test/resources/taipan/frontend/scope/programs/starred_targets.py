a, *b, c = range(5)
def f(seq):
    first, *rest = seq
    [x, y] = rest[:2]
    for i, *j in seq:
        pass
    return first, x, y, i, j
