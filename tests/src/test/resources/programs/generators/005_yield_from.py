# yield from: delegation of iteration, send, throw and close; the sub-generator's return value
def inner(n):
    for i in range(n):
        received = yield i
        if received is not None:
            print("inner got", received)
    return n * 100


def outer():
    result = yield from inner(3)
    print("inner returned", result)
    yield from [10, 20]
    yield from "ab"
    return "outer done"


print(list(outer()))
o = outer()
print(next(o), o.send("hello"), next(o))


def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


print(list(tree(3)))


def watcher():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("watcher caught", e)
        yield "recovered"
    finally:
        print("watcher finally")


def delegator():
    value = yield from watcher()
    print("delegator sees", value)
    yield "delegator end"


d = delegator()
print(next(d), d.throw(ValueError("x")), next(d))
d2 = delegator()
next(d2)
d2.close()
print("closed through delegation")
gen = outer()
try:
    while True:
        next(gen)
except StopIteration as e:
    print("outer returned", e.value)


def plain():
    yield "p"


def introspect():
    yield me.gi_running
    yield from plain()


me = introspect()
print(me.gi_running, me.gi_suspended, me.gi_yieldfrom, me.__name__, me.__qualname__)
print(next(me), me.gi_suspended, me.gi_yieldfrom)
print(next(me), type(me.gi_yieldfrom).__name__, me.gi_yieldfrom.__name__)
print(list(me), me.gi_suspended, me.gi_yieldfrom)
