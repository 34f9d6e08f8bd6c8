# exec() of a function's code object: no locals of its own from the caller, closure= for free variables.
seen = []


def record():
    seen.append("ran")


print(exec(record.__code__), seen)


def outer():
    value = "captured"

    def inner():
        seen.append(value)
    return inner


inner = outer()
exec(inner.__code__, {"seen": seen}, closure=inner.__closure__)
print(seen)
for args, kwargs in [((inner.__code__,), {}), ((record.__code__,), {"closure": inner.__closure__}),
                     (("1",), {"closure": inner.__closure__}), ((inner.__code__, {}), {"closure": (1,)})]:
    try:
        exec(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
ns = {}
exec("class C: pass", ns)
print(ns["C"].__module__)
exec("class D: pass", {"__name__": "mod"}, ns)
print(ns["D"].__module__)
