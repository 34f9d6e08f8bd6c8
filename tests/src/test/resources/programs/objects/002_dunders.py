class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x and self.y == o.y
    def __lt__(self, o):
        if isinstance(o, Empty2): return NotImplemented
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i == 0: return self.x
        if i == 1: return self.y
        raise IndexError(i)
    def __iadd__(self, o):
        self.x += o
        return self

class Empty2:
    pass
a = V(1, 2)
b = V(3, 4)
print(a + b, 0 + a, 2 * a, a * 3, -a)
print(a == V(1, 2), a != V(1, 2), a == b, a < b, b > a, a <= a if False else "skip")
print(len(a), list(a), a[1], 2 in a, 5 in a, bool(a))
a += 10
print(a)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a - b
except TypeError as e:
    print(e)
try:
    a < 1
except AttributeError as e:
    print(e)
try:
    a < Empty2()
except TypeError as e:
    print(e)
print(hash(V(1, 2)) == hash((1, 2)))
class Empty:
    pass
try:
    hash(Empty()) and print("hashable")
except TypeError as e:
    print(e)
class NoHash:
    def __eq__(self, o): return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(NoHash() != 1, NoHash() == 2)
class B:
    def __bool__(self): return False
print(bool(B()), not B(), "yes" if B() else "no")
class It:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(It(3)), list(It(4)))
for v in It(2):
    print("it", v)
class C:
    def __call__(self, a, b=2): return a + b
c = C()
print(c(1), c(1, b=5), callable(c))
class Base:
    def __add__(self, o): return "Base.add"
class Derived(Base):
    def __radd__(self, o): return "Derived.radd"
print(Base() + Derived())
class Cont:
    def __contains__(self, x): return x == 3
print(3 in Cont(), 4 in Cont(), 4 not in Cont())
d = {}
d[V(1, 2)] = "v"
print(d[V(1, 2)])
l = [V(3, 1), V(1, 2), V(2, 0)]
print(l.index(V(1, 2)), l.count(V(2, 0)))
print(V(1, 2) in [V(0, 0), V(1, 2)])
