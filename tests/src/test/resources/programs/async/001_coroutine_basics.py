# async def makes coroutine functions; calling one makes a coroutine object driven by send/throw/close.
def run(coro):
    suspended = []
    try:
        while True:
            suspended.append(coro.send(None))
    except StopIteration as e:
        return e.value, suspended

async def add(a, b):
    return a + b

async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y

c = compute()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_suspended)
print(run(c))

class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield f"pause {self.tag}"
        return f"{self.tag} got {got!r}"

async def pauser():
    a = await Pause("a")
    b = await Pause("b")
    return [a, b]

p = pauser()
print(p.send(None))
print(type(p.cr_await).__name__, p.cr_suspended)
print(p.send(1))
try:
    p.send(2)
except StopIteration as e:
    print("returned", e.value)

def make(n):
    async def inner():
        return n * 2
    return inner
print(run(make(21)()), make(1).__qualname__)

# await in headers and expressions
async def headers(n):
    out = []
    if await add(n, 0) > 1:
        out.append("big")
    else:
        out.append("small")
    for i in await add([1], [2]):
        out.append(i)
    while n > 0:
        n = await add(n, -1)
        out.append(n)
    out.append((await add(1, 1)) + (await add(2, 2)))
    return out
print(run(headers(2)))
print(run(headers(0)))

# throw and close
async def guarded():
    try:
        await Pause("g")
    except ValueError as e:
        return f"handled {e}"
    finally:
        print("guarded finally")
g = guarded()
g.send(None)
try:
    g.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)
g2 = guarded()
g2.send(None)
g2.close()
print(g2.cr_frame)
