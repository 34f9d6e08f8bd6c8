def f(rows):
    return [[(last := v) for v in row] for row in rows], last
