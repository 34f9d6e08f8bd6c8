# Exceptions thrown into generators and coroutines: the traceback starts at the suspension point (the generator's
# frame at its yield), under the frame that called throw(), and ends in the frame that caught it.
import traceback, sys

def lines(text):
    return [line for line in text.splitlines() if not line.strip().startswith(("~", "^"))]

def gen():
    try:
        yield 1
    except ValueError:
        print(lines(traceback.format_exc()))
        raise KeyError("k")
    yield 2

g = gen()
next(g)
try:
    g.throw(ValueError("v"))
except KeyError:
    print(lines(traceback.format_exc()))

def inner():
    yield 1
    yield 2

def outer():
    yield from inner()

g = outer()
next(g)
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print(lines(traceback.format_exc()))
    tb = e.__traceback__
    while tb:
        f = tb.tb_frame
        print(f.f_code.co_name, f.f_code.co_qualname, tb.tb_lineno, tb.tb_lasti >= 0, f.f_globals is globals(),
              f.f_code.co_filename == __file__)
        tb = tb.tb_next
    print([(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)])

class Future:
    def __await__(self):
        yield self

async def coro():
    await Future()

c = coro()
c.send(None)
try:
    c.throw(OSError("o"))
except OSError:
    print(lines(traceback.format_exc()))

# an exception that already has a traceback keeps it, the generator's frames in front
def raiser():
    raise LookupError("old")

try:
    raiser()
except LookupError as e:
    old = e
g = inner()
next(g)
try:
    g.throw(old)
except LookupError:
    print(lines(traceback.format_exc()))

# a thrown exception the generator does not catch, printed by the interpreter
def g3():
    yield 1

g = g3()
next(g)

def caller():
    g.throw(RuntimeError("uncaught"))

caller()
