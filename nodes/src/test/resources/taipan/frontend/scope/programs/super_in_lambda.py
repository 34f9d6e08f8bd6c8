class C:
    def m(self):
        return lambda: super()
    f = lambda self: super()
