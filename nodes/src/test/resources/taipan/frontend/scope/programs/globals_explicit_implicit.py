g = 0
def f():
    global g, h
    g = 1
    h = 2
    return len(g)
def k():
    def m():
        return g + h
    return m
