def f[T, *Ts, **P](x: T, *args: *Ts, **kw: P.kwargs) -> T:
    return x
def g[T: int, U: (str, bytes) = str](a=1, *, b=2):
    return a
