# Every parameter kind: positional-only, positional-or-keyword, *args, keyword-only with and without
# defaults, **kwargs; defaults evaluated once at def time; the code object's counts and flags.

def std(a, b, c=3):
    return (a, b, c)
print("standard:", std(1, 2), std(1, 2, 4), std(1, b=2), std(a=1, b=2, c=5), std(c=0, b=1, a=2))

def pos_only(a, b, /, c, d=4):
    return (a, b, c, d)
print("positional-only:", pos_only(1, 2, 3), pos_only(1, 2, c=3), pos_only(1, 2, 3, d=5))

def kw_only(a, *, key, flag=False):
    return (a, key, flag)
print("keyword-only:", kw_only(1, key="k"), kw_only(a=1, key="k", flag=True))

def everything(p1, p2=2, /, pk=3, *args, k1, k2=20, **kwargs):
    return (p1, p2, pk, args, k1, k2, kwargs)
print("everything:", everything(1, k1=10))
print("everything:", everything(1, 22, 33, 44, 55, k1=10, k2=11, extra="e"))
print("everything:", everything(1, pk="by name", k1=0))
print("everything:", everything(1, 2, 3, k1=None, p1="p1 in kwargs", p2="p2 in kwargs"))

def collide(name, /, **kwargs):
    return name, kwargs
print("posonly name in kwargs:", collide(1, name=2))

def varargs_then_kw(*values, sep=", "):
    return values, sep
print("varargs then keyword:", varargs_then_kw(1, 2, 3), varargs_then_kw(1, 2, sep="-"))

def order(**kw):
    return list(kw)
print("kwargs order:", order(z=1, a=2, m=3))

def types(*args, **kwargs):
    return type(args).__name__, type(kwargs).__name__
print("types:", types(), types(1, x=2))

calls = []
def note(v):
    calls.append(v)
    return v
def once(a=note("default a"), *, b=note("default b")):
    return a, b
print("defaults evaluated once:", once(), once(), calls)

def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket
print("shared mutable default:", mutable_default(1), mutable_default(2), mutable_default(3, []))

def rebinding(a, *args, **kwargs):
    a = "rebound"
    args = (args, "extra")
    return a, args
print("parameters are locals:", rebinding(1, 2))

co = everything.__code__
print("code layout:", co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames)
print("flags:", co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0, std.__code__.co_flags & 0x04 != 0)
print("defaults:", everything.__defaults__, everything.__kwdefaults__, std.__defaults__, pos_only.__kwdefaults__)

f = lambda x, /, y=2, *r, z, **k: (x, y, r, z, k)
print("lambda:", f(1, z=3), f(1, 2, 3, z=4, w=5))
