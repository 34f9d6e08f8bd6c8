class C:
    def f[T](self, x: T = None) -> T:
        return x
    type A[U] = lambda: U
