def gen(n):
    for i in range(n):
        yield i
    return n
def deleg():
    yield from gen(3)
async def coro(x):
    await x
    async with x as y:
        pass
    async for z in y:
        pass
    return [w async for w in x]
async def agen():
    yield 1
