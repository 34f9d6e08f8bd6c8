class Base: pass
class C[T, U = int](Base, metaclass=type):
    x: T
    def m(self) -> U:
        return super().m()
    def n[V](self, v: V) -> T:
        return v
