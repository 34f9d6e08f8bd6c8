def deco(f): return f
def outer():
    d = 1
    k = 2
    @deco
    def inner(a=d, *, b=k):
        return a + b
    return inner
