class Point:
    """A point."""
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def move(self, dx):
        self.x += dx
        return self

p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.count)
p.move(1)
print(p.x, p.__class__.__name__, Point.__doc__, Point.__qualname__, Point.__module__)
m = p.norm2
print(m())
class Sub(Point):
    def norm2(self):
        return -Point.norm2(self)
s = Sub(1, 2)
print(s.norm2(), isinstance(s, Point), Point.count)
del s.x
try:
    s.x
except AttributeError as e:
    print(e)
class E(ValueError):
    def __init__(self, msg, code):
        ValueError.__init__(self, msg)
        self.code = code
try:
    raise E("bad", 3)
except ValueError as e:
    print(e.code, e.args)
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class R:
    def __repr__(self):
        return "R()"
print(R(), [R(), R()], repr(R()))
o = object()
print(type(o), R, hash(R()) != 0)
class P:
    def __init__(self): self._v = 1
    def getv(self): return self._v
    def setv(self, x): self._v = x * 2
    v = property(getv)
    v = v.setter(setv)
    def s(a): return a + 1
    s = staticmethod(s)
    def c(cls, a): return cls.__name__ + str(a)
    c = classmethod(c)
p = P()
p.v = 5
print(p.v, P.s(1), p.s(2), P.c(3), p.c(4))
print(getattr(p, "v"), getattr(p, "zz", 9), hasattr(p, "q"), callable(P), callable(p))
setattr(p, "q", 3); print(p.q)
try:
    R(1)
except TypeError as e:
    print(e)
class Q(ValueError): pass
try:
    raise Q("hello")
except Q as e:
    print(repr(e), str(e), e.args)
print(NotImplemented)
