# Metaclass __prepare__, __new__, __init__, __call__ with class keywords, in the order CPython runs them.
log = []

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append(("prepare", name, sorted(kw)))
        return {"seeded": 1}

    def __new__(mcs, name, bases, ns, **kw):
        log.append(("new", name, "seeded" in ns, kw))
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        log.append(("call", cls.__name__, args, kw))
        return super().__call__(*args, **kw)

class A(metaclass=Meta, tag="x"):
    def __init__(self, v=0):
        self.v = v

class B(A):
    pass

b = B(5)
for entry in log:
    print(entry)
print(type(A).__name__, type(B) is Meta, b.v, A.seeded, isinstance(A, Meta), isinstance(A, type))
print(type(type).__name__, type(int).__name__, Meta.__mro__ == (Meta, type, object))
