# locals(), vars() and dir() without arguments (CPython 3.13, PEP 667)
top = 1
print(locals() is globals(), vars() is globals(), "top" in dir())


def snapshot(p, *rest, **kw):
    local = [p]
    s = locals()
    local2 = 5
    return sorted(s), sorted(locals()), dir()


print(snapshot(1, 2, k=3))


def outer():
    captured = "cell"

    def inner():
        return locals(), captured
    return inner()


print(outer())


def comprehension_locals():
    a = 1
    inside = [sorted(locals()) for _ in range(1)]
    return inside[0], sorted(locals())


print(comprehension_locals())


def writes_do_not_leak():
    v = 1
    locals()["v"] = 2
    return v


print(writes_do_not_leak())


class Namespace:
    x = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(Namespace.names)


def gen():
    g_local = "in generator"
    yield sorted(locals())


print(next(gen()))
