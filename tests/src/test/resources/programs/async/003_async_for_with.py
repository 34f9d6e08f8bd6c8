# async with and async for, driven by hand.
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
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n

log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        log.append(f"enter {self.name}")
        await Yield()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        await Yield()
        return self.suppress

async def cms():
    async with CM("a") as a, CM("b") as b:
        log.append(f"body {a} {b}")
        await Yield()
    async with CM("c", True):
        raise ValueError("x")
    try:
        async with CM("d"):
            raise KeyError("k")
    except KeyError:
        log.append("KeyError out")
    for i in range(3):
        async with CM(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
            log.append("loop body")
    async with CM("ret"):
        return "returned"
print(run(cms()))
print(log)
log.clear()

class SyncOnly:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def wrong():
    async with SyncOnly():
        pass
show("async with sync CM", lambda: run(wrong()))
class NoExit:
    async def __aenter__(self): pass
async def noexit():
    async with NoExit():
        pass
show("no __aexit__", lambda: run(noexit()))
class BadEnter:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): pass
async def badenter():
    async with BadEnter():
        pass
show("__aenter__ non-awaitable", lambda: run(badenter()))

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

async def loops():
    out = []
    async for v in Ticker(3):
        out.append(v)
    else:
        out.append("else")
    async for v in Ticker(5):
        if v == 2:
            continue
        if v == 4:
            break
        out.append(v * 10)
        await Yield()
    else:
        out.append("not reached")
    async for a in Ticker(2):
        async for b in Ticker(2):
            out.append((a, b))
    return out
print(run(loops()))
async def over_list():
    async for v in [1]:
        pass
show("async for list", lambda: run(over_list()))
class BadAnext:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def badanext():
    async for v in BadAnext():
        pass
show("__anext__ non-awaitable", lambda: run(badanext()))
class NoAnext:
    def __aiter__(self): return 1
async def noanext():
    async for v in NoAnext():
        pass
show("__aiter__ without __anext__", lambda: run(noanext()))

async def make_ticker(n):
    await Yield()
    return Ticker(n)
async def make_cm(name):
    await Yield()
    return CM(name)
async def awaited_headers():
    out = []
    async for v in await make_ticker(2):
        out.append(v)
    async with await make_cm("made") as m, await make_cm("second") as s:
        out.append((m, s))
    return out
print(run(awaited_headers()), log)
