class A:
    def m(self):
        def inner():
            return super
        return inner
    def n(self):
        return [super() for _ in (1,)]
    def o(self):
        return (super() for _ in (1,))
    def p(self):
        class B:
            def q(self):
                return __class__
        return B
