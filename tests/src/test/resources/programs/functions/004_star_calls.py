# Calls with *iterables and **mappings, mixed with plain arguments, in evaluation order,
# and the usual decorator forwarding idiom.

def show(*args, **kwargs):
    return args, kwargs

print(show(*[1, 2], 3, *(4, 5)))
print(show(*range(3), *"ab"))
print(show(0, *[], **{}))
print(show(a=1, **{"b": 2}, c=3, **{"d": 4}))
print(show(*[1], x=1, *[2], **{"y": 2}))

def f(a, b, c=3, *, d=4):
    return a, b, c, d
args = (1, 2)
kwargs = {"d": 40}
print(f(*args), f(*args, **kwargs), f(*args, c=30, **kwargs), f(**{"a": 1, "b": 2}))

order = []
def note(v):
    order.append(v)
    return v
show(note(1), *[note(2)], k=note(3), **{"m": note(4)})
print("evaluated left to right:", order)

def logged(fn):
    def wrapper(*args, **kwargs):
        print("calling with", args, kwargs)
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(x, y=10):
    return x + y

print(add(1), add(1, 2), add(1, y=5))

def twice(fn):
    def wrapper(*a, **k):
        return fn(fn(*a, **k))
    return wrapper

def tagged(tag):
    def decorate(fn):
        def wrapper(*a, **k):
            return tag + ":" + str(fn(*a, **k))
        return wrapper
    return decorate

@tagged("outer")
@twice
def inc(n):
    return n + 1

print(inc(1))

trace = []
def mark(label):
    trace.append("evaluate " + label)
    def deco(fn):
        trace.append("apply " + label)
        return fn
    return deco

@mark("first")
@mark("second")
def decorated():
    pass
print(trace)
