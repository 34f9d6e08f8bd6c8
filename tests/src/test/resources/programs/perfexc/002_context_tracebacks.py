# A caught exception that becomes the context of a new one keeps the traceback it had when caught, ending in
# the catching frame at the line it passed there, however it reached that frame (a call, a method call, a raise
# in the frame itself, a built-in operation) and whether read while handled, after the handler or when printed
# uncaught; raised in loops so that the handlers run compiled.
import traceback


class Box:
    def fail(self, k):
        return {}[k]


def inner(k):
    return Box().fail(k)


def through_call(i):
    try:
        inner(i)
    except KeyError as e:
        raise ValueError("call %d" % i) from e


def through_method(i):
    box = Box()
    try:
        box.fail(i)
    except KeyError:
        raise ValueError("method %d" % i)


def raised_here(i):
    try:
        raise KeyError(i)
    except KeyError:
        raise ValueError("here %d" % i)


def builtin_op(i):
    try:
        int("x%d" % i)
    except ValueError:
        raise TypeError("builtin %d" % i)


def in_finally(i):
    try:
        inner(i)
    finally:
        raise RuntimeError("finally %d" % i)


class Guard:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        raise LookupError("exit")


def in_with(i):
    with Guard():
        inner(i)


def summary(exc):
    lines = []
    while exc is not None:
        frames = [(f.name, f.lineno) for f in traceback.extract_tb(exc.__traceback__)]
        lines.append("%s %s" % (type(exc).__name__, frames))
        exc = exc.__cause__ or exc.__context__
    return lines


for f in (through_call, through_method, raised_here, builtin_op, in_finally, in_with):
    seen = set()
    for i in range(3000):
        try:
            f(i)
        except Exception as e:
            seen.add(tuple(summary(e)))
    for s in sorted(seen):
        print(f.__name__, s)


def late():
    try:
        through_method(7)
    except ValueError as e:
        return e


e = late()
print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))
try:
    through_call(5)
except ValueError:
    pass
for i in range(2000):
    try:
        in_with(i)
    except LookupError:
        pass
through_method(3)
