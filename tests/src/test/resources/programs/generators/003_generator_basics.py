# generator functions: next, StopIteration with the return value, iteration, send
def count_to(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "finished"


g = count_to(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again", e.value, e.args)
print(list(count_to(5)))
print([v * 10 for v in count_to(4)])
for v in count_to(2):
    print("for", v)
print(next(count_to(0), "default"))


def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


acc = accumulate()
print(next(acc), acc.send(3), acc.send(4))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)
fresh = accumulate()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError", e)


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


def bad():
    yield 1
    raise StopIteration("inner")


b = bad()
next(b)
try:
    next(b)
except RuntimeError as e:
    print("RuntimeError", e)
print(type(count_to(1)).__name__)
print(repr(count_to(1)).startswith("<generator object count_to at 0x"))
it = count_to(2)
print(iter(it) is it, it.__next__(), it.__next__())
