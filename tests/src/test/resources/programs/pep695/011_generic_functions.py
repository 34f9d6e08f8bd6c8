# PEP 695 generic functions: the annotation scope, __type_params__, defaults evaluated outside it.
def first[T](items: list[T]) -> T:
    return items[0]

print(first([1, 2]), first.__type_params__, first.__annotations__)
print(first.__annotations__["return"] is first.__type_params__[0])
print("T" in globals())

calls = []
def default(v):
    calls.append(v)
    return v

def with_defaults[T](a=default(1), *, b=default(2)) -> T:
    return a, b

print(calls, with_defaults(), with_defaults(5, b=6), with_defaults.__defaults__, with_defaults.__kwdefaults__)

def decorate(f):
    f.tag = "decorated"
    return f

@decorate
def decorated[A, B](a: A, b: B) -> tuple[A, B]:
    return (a, b)
print(decorated(1, "x"), decorated.tag, decorated.__type_params__, decorated.__qualname__)

class Holder:
    def method[M](self, m: M) -> M:
        return m
print(Holder().method(3), Holder.method.__qualname__, Holder.method.__type_params__)

def outer[T]():
    def inner():
        return T
    return inner
print(outer()(), outer()() is outer.__type_params__[0])

# each call of the def statement makes new type parameters
def make():
    def g[U](): pass
    return g.__type_params__[0]
print(make() is make(), make().__name__)

# variance flags of PEP 695 TypeVars
def v[T](): pass
t = v.__type_params__[0]
print(t.__infer_variance__, t.__covariant__, t.__contravariant__, t.__bound__, t.__constraints__)
print(t.__module__)

v.__type_params__ = ()
print(v.__type_params__)
try:
    v.__type_params__ = [1]
except TypeError as e:
    print("TypeError:", e)
