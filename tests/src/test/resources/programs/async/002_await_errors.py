# What await accepts, and CPython's errors for what it does not.
def show(label, fn):
    try:
        r = fn()
    except BaseException as e:
        print(f"{label} -> {type(e).__name__}: {e}")
    else:
        print(f"{label} -> {r!r}")

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def simple():
    return 1

done = simple()
run(done)
show("re-await finished", lambda: done.send(None))
async def twice():
    c = simple()
    await c
    await c
show("await twice", lambda: run(twice()))
async def await_int():
    await 5
show("await int", lambda: run(await_int()))
class BadAwait:
    def __await__(self):
        return 5
async def bad():
    await BadAwait()
show("__await__ non-iterator", lambda: run(bad()))
class GenAwait:
    def __await__(self):
        return (x for x in [])
async def genawait():
    return await GenAwait()
show("__await__ generator", lambda: run(genawait()))
class CoroAwait:
    def __await__(self):
        return simple()
async def coroawait():
    return await CoroAwait()
show("__await__ coroutine", lambda: run(coroawait()))
class WrapAwait:
    def __await__(self):
        return simple().__await__()
async def wrapawait():
    return await WrapAwait()
show("__await__ of a coroutine", lambda: run(wrapawait()))
def plain():
    yield
async def await_plain():
    await plain()
show("await generator", lambda: run(await_plain()))
c = simple()
show("iterate coroutine", lambda: list(c))
show("next coroutine", lambda: next(c))
show("send non-None first", lambda: c.send(1))
c.close()
f = simple()
f.close()
show("send after close", lambda: f.send(None))
w = simple().__await__()
print(type(w).__name__, iter(w) is w, hasattr(w, "__next__"), hasattr(simple(), "__next__"))
show("next on wrapper", lambda: next(w))
async def raises_stop():
    raise StopIteration(3)
show("StopIteration in coroutine", lambda: run(raises_stop()))
class Custom:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("custom result")
        return self.n
class AwaitCustom:
    def __await__(self):
        return Custom()
async def custom():
    return await AwaitCustom()
c = custom()
print(c.send(None), c.send(None))
show("custom iterator result", lambda: c.send(None))
