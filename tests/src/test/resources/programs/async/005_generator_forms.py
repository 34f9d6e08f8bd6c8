# Generator forms that needed resumable headers: yield in if/for/with headers and in match bodies,
# generator attributes, yield in raise/assert.
import sys
def gen_if():
    if (yield "test"):
        yield "true branch"
    else:
        yield "false branch"
g = gen_if()
print(next(g), g.send(1), list(g))
g = gen_if()
print(next(g), g.send(0))

def gen_for():
    for x in (yield "give iterable"):
        yield x * 2
g = gen_for()
print(next(g), g.send([1, 2]), next(g), list(g))

class CM:
    def __enter__(self):
        print("enter")
        return "cm"
    def __exit__(self, *a):
        print("exit")
def gen_with():
    with (yield "manager?") as v:
        yield v
g = gen_with()
print(next(g))
print(g.send(CM()))
print(list(g))

def gen_match(items):
    for item in items:
        match item:
            case int(n):
                yield n * 10
                yield n * 100
            case str(s):
                yield s.upper()
            case _:
                yield "other"
print(list(gen_match([1, "a", None])))

def gen_assert():
    assert (yield "check"), "failed"
    yield "ok"
g = gen_assert()
next(g)
print(g.send(True))
g = gen_assert()
next(g)
try:
    g.send(False)
except AssertionError as e:
    print("AssertionError", e)

def gen_raise():
    raise (yield "which")
g = gen_raise()
next(g)
try:
    g.send(KeyError("sent"))
except KeyError as e:
    print("raised", e)

def gen_attrs():
    yield 1
    yield 2
g = gen_attrs()
print(g.gi_running, g.gi_suspended, g.gi_frame is not None, g.gi_yieldfrom, g.gi_code.co_name)
next(g)
print(g.gi_suspended, g.gi_frame.f_lineno - gen_attrs.__code__.co_firstlineno)
next(g)
print(g.gi_frame.f_lineno - gen_attrs.__code__.co_firstlineno)
list(g)
print(g.gi_frame, g.gi_suspended)
def locals_gen(a, b=2):
    c = a + b
    yield c
w = locals_gen(1)
print(sorted(w.gi_frame.f_locals.items()))
next(w)
print(sorted(w.gi_frame.f_locals.items()), w.gi_frame.f_back)

def gen_while():
    n = 0
    while (yield n) != "stop":
        n += 1
        if n > 5:
            break
    yield "after"
g = gen_while()
print(next(g), g.send("go"), g.send("go"), g.send("stop"))
g = gen_while()
print([next(g)] + [g.send(1) for _ in range(6)])

async def coro_while(items):
    class Step:
        def __await__(self):
            yield "step"
            return items.pop() if items else None
    out = []
    while (v := await Step()) is not None:
        out.append(v)
    return out
c = coro_while([1, 2, 3])
try:
    while True:
        c.send(None)
except StopIteration as e:
    print(e.value)
