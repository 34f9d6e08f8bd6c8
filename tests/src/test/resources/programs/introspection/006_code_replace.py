# code.replace of what a code object tells about itself, and the co_* attributes inspect reads.
import types


def sample(a, b=1, /, c=2, *args, d, e=3, **kw):
    """Doc."""
    local = a
    return local


co = sample.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_nlocals, co.co_filename.endswith(".py"), co.co_firstlineno)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08),
      bool(co.co_flags & 0x20), bool(co.co_flags & 0x80))
renamed = co.replace(co_name="other", co_qualname="Q.other", co_firstlineno=99)
print(renamed.co_name, renamed.co_qualname, renamed.co_firstlineno, renamed is co, co.co_name)
print(co.__replace__(co_name="x").co_name)
same = co.replace(co_varnames=co.co_varnames, co_argcount=co.co_argcount)
print(same.co_varnames == co.co_varnames)
for bad in [{"co_name": 1}, {"co_firstlineno": "x"}, {"co_varnames": [1]}]:
    try:
        co.replace(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    co.replace(1)
except TypeError as e:
    print("TypeError:", e)


async def coro():
    return 1


def gen():
    yield 1


print(bool(coro.__code__.co_flags & 0x80), bool(gen.__code__.co_flags & 0x20))


@types.coroutine
def legacy():
    value = yield "suspended"
    return value


print(bool(legacy.__code__.co_flags & 0x100))


async def uses_legacy():
    return await legacy()


c = uses_legacy()
print(c.send(None))
try:
    c.send("resumed")
except StopIteration as stop:
    print("result:", stop.value)
