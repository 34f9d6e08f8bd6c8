class Root:
    def __init__(self, name):
        self.name = name
        self.trail = ["Root"]
    def hello(self):
        return "Root.hello " + self.name
    @classmethod
    def make(cls, n):
        return cls(n)
class Left(Root):
    def __init__(self, name):
        super().__init__(name)
        self.trail.append("Left")
    def hello(self):
        return "Left+" + super().hello()
class Right(Root):
    def __init__(self, name):
        super(Right, self).__init__(name)
        self.trail.append("Right")
    def hello(self):
        return "Right+" + super().hello()
class Bottom(Left, Right):
    def __init__(self):
        super().__init__("b")
        self.trail.append("Bottom")
    def hello(self):
        return "Bottom+" + super().hello()
    @classmethod
    def make(cls, n):
        return super().make(n * 2) if False else super(Bottom, cls).make
b = Bottom()
print(b.trail, b.hello())
print([c.__name__ for c in Bottom.__mro__])
print(Bottom.make(1))
class E(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"E[{self.code}]: {super().__str__()}"
try:
    raise E("boom", 7)
except E as e:
    print(e, e.args, e.code, repr(e))
def outer():
    x = 5
    class Inner:
        y = x + 1
        def get(self):
            return x + self.y
    return Inner
print(outer()().get(), outer().__qualname__)
class A:
    def f(self):
        return __class__
print(A().f())
