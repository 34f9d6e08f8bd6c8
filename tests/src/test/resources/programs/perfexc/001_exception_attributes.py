# Attributes of exception instances read and written in hot loops (the attribute nodes' cached paths) must keep
# the built-in exception data (args, the chain, SystemExit.code, OSError.errno, StopIteration.value...) exact.


class AppError(Exception):
    def __init__(self, code, detail):
        Exception.__init__(self, code, detail)
        self.code = code
        self.detail = detail


class Exit(SystemExit):
    pass


class MyOSError(OSError):
    pass


class Stop(StopIteration):
    pass


def loop(make, attr, n=3000):
    last = None
    for i in range(n):
        e = make(i)
        last = getattr(e, attr) if attr.startswith("_") else read(e, attr)
    return last


def read(e, attr):
    if attr == "code":
        return e.code
    if attr == "detail":
        return e.detail
    if attr == "args":
        return e.args
    if attr == "errno":
        return e.errno
    if attr == "value":
        return e.value
    if attr == "strerror":
        return e.strerror
    raise AssertionError(attr)


print(loop(lambda i: AppError(i, "d%d" % i), "code"))
print(loop(lambda i: AppError(i, "d%d" % i), "detail"))
print(loop(lambda i: AppError(i, "d"), "args"))
print(loop(lambda i: Exit(i), "code"))
print(loop(lambda i: Exit(i, i + 1), "code"))
print(loop(lambda i: Exit(), "code"))
print(loop(lambda i: MyOSError(i, "boom"), "errno"))
print(loop(lambda i: MyOSError(i, "boom"), "strerror"))
print(loop(lambda i: Stop(i), "value"))
print(loop(lambda i: KeyError(i), "args"))

# writes: ordinary names go to the instance dict, built-in data keep their meaning
for i in range(3000):
    e = AppError(i, "x")
    e.code = i * 2
    e.extra = i
    e.args = ("changed", i)
print(e.code, e.extra, e.args, sorted(e.__dict__))
for i in range(3000):
    s = Exit(1)
    s.code = i
print(s.code, s.args)
for i in range(3000):
    o = MyOSError(2, "nope")
    o.errno = i
    o.note = "n"
print(o.errno, o.note, o.args)
for i in range(3000):
    k = KeyError(i)
    k.tag = i
print(k.tag, k.args, k.__dict__)

# a missing attribute is still an AttributeError, and __cause__/__context__/__traceback__ keep working
caught = 0
for i in range(3000):
    e = AppError(i, "x")
    try:
        e.missing
    except AttributeError as a:
        caught += 1
        msg = str(a)
print(caught, msg)
for i in range(3000):
    try:
        try:
            raise AppError(i, "inner")
        except AppError as inner:
            raise ValueError("outer") from inner
    except ValueError as v:
        cause = v.__cause__
        suppressed = v.__suppress_context__
print(type(cause).__name__, cause.code, cause.__traceback__ is not None, suppressed)
e = AppError(1, "x")
e.add_note("a note")
print(e.__notes__)
