# except* around a yield / an await: in a generator and in a coroutine, yields in the body, the handlers and else.
def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError("v"), KeyError("k"), TypeError("t")])
    except* ValueError as eg:
        yield ("value", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        yield ("key", len(eg.exceptions))
        yield "still in key"
    except* TypeError:
        yield "type"
    yield "after"

g = gen()
print(list(g))

def gen_else():
    try:
        yield "body"
    except* ValueError:
        yield "handler"
    else:
        yield "else"
print(list(gen_else()))

def gen_reraise():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError("v"), OSError("o")])
    except* ValueError:
        yield "handled value"
        raise
try:
    print(list(gen_reraise()))
except ExceptionGroup as eg:
    print("escaped:", repr(eg), [type(e).__name__ for e in eg.exceptions])

def gen_naked():
    try:
        yield 1
        raise ValueError("naked")
    except* ValueError as eg:
        yield (type(eg).__name__, repr(eg.exceptions))
print(list(gen_naked()))

class Sleep:
    def __await__(self):
        yield "tick"

async def coro():
    log = []
    try:
        await Sleep()
        raise ExceptionGroup("c", [RuntimeError("r"), ZeroDivisionError("z")])
    except* RuntimeError as eg:
        await Sleep()
        log.append(("rt", str(eg.exceptions[0])))
    except* ZeroDivisionError:
        log.append("zd")
        await Sleep()
    return log

def drive(c):
    ticks = 0
    try:
        while True:
            c.send(None)
            ticks += 1
    except StopIteration as stop:
        return ticks, stop.value
print(drive(coro()))

def gen_throw():
    try:
        yield "waiting"
    except* KeyError as eg:
        yield ("thrown in", type(eg.exceptions[0]).__name__)
g = gen_throw()
print(next(g), g.throw(KeyError("x")))
g.close()
