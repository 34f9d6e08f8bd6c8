class A:
    x = 1
    def f(self):
        return super().f() + x
    def g(self):
        return __class__
    def h(self):
        return self.x
