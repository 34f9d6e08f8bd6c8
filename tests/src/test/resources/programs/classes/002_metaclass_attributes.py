# Metaclass methods and properties are seen from the class, not from its instances; errors use CPython's words.
class Tools(type):
    def describe(cls):
        return "class " + cls.__name__
    @property
    def size(cls):
        return len([k for k in cls.__dict__ if not k.startswith("__")])
    def __len__(cls):
        return 7
    def __getitem__(cls, key):
        return (cls.__name__, key)
    def __repr__(cls):
        return "<Tools " + cls.__name__ + ">"

class Thing(metaclass=Tools):
    a = 1
    b = 2

print(Thing.describe(), Thing.size, len(Thing), Thing["k"], repr(Thing))
try:
    Thing().describe()
except AttributeError as e:
    print("AttributeError:", e)

class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
for make in (lambda: type("C", (X1, X2), {}), lambda: type(1, (), {}), lambda: type("C", 1, {}), lambda: type(1, 2)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

def plain_meta(name, bases, ns, **kw):
    ns["kw"] = kw
    return type(name, bases, ns)

class FromFunction(metaclass=plain_meta, answer=42):
    pass
print(type(FromFunction).__name__, FromFunction.kw)
