# Async generators: __anext__/asend/athrow/aclose awaitables, aiter/anext, async comprehensions.
def show(label, fn):
    try:
        r = fn()
    except BaseException as e:
        print(f"{label} -> {type(e).__name__}: {e}")
    else:
        print(f"{label} -> {r!r}")

class Yield:
    def __await__(self):
        return (yield "tick")

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

log = []
async def agen(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                log.append(f"got {got!r}")
            await Yield()
    finally:
        log.append("agen finally")

ag = agen(2)
print(type(ag).__name__, ag.__aiter__() is ag, hasattr(ag, "__next__"), ag.ag_running, ag.__name__)
print(type(ag.__anext__()).__name__, type(ag.aclose()).__name__)

async def consume():
    return [v async for v in agen(3)]
print(run(consume()), log)
log.clear()

async def steps():
    g = agen(5)
    first = await g.__anext__()
    second = await g.asend("hello")
    third = await anext(g)
    try:
        await g.athrow(ValueError("in"))
    except ValueError as e:
        log.append(f"athrow out {e}")
    rest = [v async for v in g]
    return first, second, third, rest
print(run(steps()), log)
log.clear()

async def close_early():
    g = agen(10)
    got = [await anext(g), await anext(g)]
    await g.aclose()
    after = await anext(g, "default")
    return got, after
print(run(close_early()), log)
log.clear()

async def recovers():
    try:
        yield 1
    except KeyError:
        yield "recovered"
    yield "end"
async def drive():
    g = recovers()
    return [await anext(g), await g.athrow(KeyError), await anext(g), await anext(g, "exhausted")]
print(run(drive()))

async def bad_finally():
    try:
        yield 1
    finally:
        yield 2
async def bad_close():
    g = bad_finally()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as e:
        return str(e)
show("yield during aclose", lambda: run(bad_close()))
async def exhausted():
    return await anext(agen(0))
show("anext exhausted", lambda: run(exhausted()))
show("anext non-iterator", lambda: anext([1]))
show("aiter non-iterable", lambda: aiter([1]))
a = agen(1)
print(aiter(a) is a)
a2 = agen(1)
s = a2.asend(None)
print(type(s.__await__()).__name__, iter(s) is s)
try:
    s.send(None)
except StopIteration as e:
    print("asend result", e.value)
show("asend reused", lambda: s.send(None))

async def stopper():
    yield 1
    raise StopAsyncIteration
async def drive_stopper():
    return [v async for v in stopper()]
show("StopAsyncIteration in async generator", lambda: run(drive_stopper()))

class Ticker:
    def __init__(self, n):
        self.n, self.i = n, 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Yield()
        self.i += 1
        return self.i
async def double(x):
    await Yield()
    return x * 2
async def comprehensions():
    lst = [v async for v in Ticker(4) if v % 2 == 0]
    st = {v % 2 async for v in Ticker(4)}
    dct = {v: await double(v) async for v in Ticker(3)}
    awaited = [await double(v) for v in range(3)]
    gen = (v * 10 async for v in Ticker(2))
    from_gen = [x async for x in gen]
    nested = [(a, b) async for a in Ticker(2) for b in "xy"]
    both = [await double(1), [await double(v) async for v in Ticker(2)], await double(3)]
    return lst, sorted(st), dct, awaited, type(gen).__name__, from_gen, nested, both
print(run(comprehensions()))

import sys
seen = []
old = sys.get_asyncgen_hooks()
print(tuple(old))
sys.set_asyncgen_hooks(firstiter=lambda g: seen.append(g.__name__), finalizer=None)
async def hooked():
    yield 1
h = hooked()
h.__anext__()
h.asend(None)
print(seen, sys.get_asyncgen_hooks()[1])
sys.set_asyncgen_hooks(*old)
print(tuple(sys.get_asyncgen_hooks()))
show("bad hook", lambda: sys.set_asyncgen_hooks(firstiter=5))
print(sys.get_coroutine_origin_tracking_depth())
