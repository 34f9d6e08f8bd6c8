class Outer[T]:
    class Inner[U]:
        def m[V](self, t: T, u: U, v: V) -> tuple[T, U, V]:
            return t, u, v
    type Pair[W] = tuple[T, W]
def func[__P](x: __P) -> __P:
    class L[__Q]:
        attr: __Q
    return x
class Mangled[__R]:
    def use(self, r: __R) -> __R:
        return r
