async def f(aiter):
    a = [x async for x in aiter]
    b = [await x for x in aiter]
    c = (x async for x in aiter)
    return a, b, c
def g(aiter):
    return (x async for x in aiter)
