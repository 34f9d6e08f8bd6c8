class Outer:
    Alias = int
    def method[T: Alias, *Ts, **P](self, x: T) -> T:
        return x
    class Inner[U: Alias = Alias]:
        pass
