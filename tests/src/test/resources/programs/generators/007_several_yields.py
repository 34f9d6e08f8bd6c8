# several yields in one statement (replayed on resumption), yield in a lambda
def sub():
    x = yield 7
    y = yield 8
    return (x, y)
def g():
    z = [(yield 3), (yield 4)]
    print("z", z)
    w = (yield "a") + (yield "b") * 2
    print("w", w)
    print("call", (yield 1), (yield from sub()), (yield 2))
    return (yield "r1"), (yield "r2")
it = g()
out = [next(it)]
try:
    while True:
        out.append(it.send(len(out)))
except StopIteration as e:
    print("returned", e.value)
print(out)
lam = lambda: (yield 1)
print(list(lam()))
def loop():
    for i in range(3):
        pair = ((yield i), (yield -i))
        print(pair)
print(list(loop()))
