# throw() and close(): exceptions at the suspension point, finally clauses, GeneratorExit
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


for v in guarded():
    print(v)
g = guarded()
print(next(g))
g.close()
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("exhausted after close")


def catcher():
    for i in range(3):
        try:
            yield i
        except ValueError as e:
            print("caught", e)
            yield -1


c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c), next(c))
try:
    c.throw(KeyError("late"))
except KeyError as e:
    print("propagated", repr(e))
c2 = catcher()
try:
    c2.throw(TypeError)
except TypeError:
    print("thrown into a fresh generator")
try:
    next(c2)
except StopIteration:
    print("fresh generator finished by throw")


def stubborn():
    while True:
        try:
            yield "alive"
        except GeneratorExit:
            print("ignoring exit")


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)


def finally_yields():
    try:
        yield "body"
        raise ValueError("pending")
    finally:
        yield "in finally"
        print("finally done")


f = finally_yields()
print(next(f), next(f))
try:
    next(f)
except ValueError as e:
    print("re-raised", e)


def handler_yields():
    try:
        raise KeyError("k")
    except KeyError as e:
        got = yield "in handler"
        print("handler resumed with", got, repr(e))
    else:
        print("no else")
    yield "after"


h = handler_yields()
print(next(h), h.send("value"))
try:
    guarded().throw(1)
except TypeError as e:
    print("TypeError", e)
