Dyn = type("Dyn", (object,), {"x": 42, "hello": lambda self: "hi " + str(self.x)})
d = Dyn()
print(d.x, d.hello(), Dyn.__name__, Dyn.__module__, Dyn.__bases__, type(d) is Dyn)
class P:
    a = 1
    def m(self): pass
p = P()
p.z = 3
p.w = 4
print(sorted(P.__dict__.keys() if False else ["a" in P.__dict__, "m" in P.__dict__]), vars(p), p.__dict__)
class D(P): pass
print(D.mro(), P.__subclasses__())
print(type(P), type(type), isinstance(P, type), issubclass(D, P), issubclass(D, (int, P)))
try:
    vars(1)
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
