class C:
    xs = [1, 2]
    ys = [x + 1 for x in xs]
    zs = [__class__ for _ in xs]
    def m(self):
        return [super() for _ in ()]
