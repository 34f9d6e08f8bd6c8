x = "global"
def outer():
    x = "outer"
    class C:
        x = "class"
        y = [x for _ in range(1)]
        z = (x for _ in range(1))
        def m(self):
            return x
        type T = x
        def g[U: x](self):
            return x
    return C
