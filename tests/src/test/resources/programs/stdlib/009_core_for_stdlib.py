# Core behaviours the standard library leans on (typing.NewType, pprint, unittest, doctest).
import collections
import io
import sys
import typing

# __call__ binds as a descriptor: a built-in function does not bind, a staticmethod unwraps
class Ident:
    __call__ = typing._idfunc if hasattr(typing, "_idfunc") else staticmethod(lambda x: x)

class Static:
    __call__ = staticmethod(lambda x: x * 2)

UserId = typing.NewType("UserId", int)
print(UserId(42), Ident()(7), Static()(4))

# defaultdict has a __repr__ of its own: pprint dispatches on type(x).__repr__
print(collections.defaultdict.__repr__ is dict.__repr__, collections.OrderedDict.__repr__ is dict.__repr__)

# reversed() of an OrderedDict follows its own order, also after reversed() met other types
print(list(reversed(b"ab")), list(reversed(bytearray(b"xy"))))
od = collections.OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(dict(p=1, q=2))))

# tb_next is writable (unittest trims its own frames) and frame.clear() exists (traceback.clear_frames)
def inner():
    raise KeyError("k")

def outer():
    inner()

try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next.tb_frame.f_code.co_name)
    tb.tb_next = None
    print(tb.tb_next)
    for bad in (5, tb):
        try:
            tb.tb_next = bad
        except (TypeError, ValueError) as err:
            print(type(err).__name__, err)
    import traceback
    traceback.clear_frames(e.__traceback__)
    print("cleared")

# sys.displayhook is what a single-mode expression statement calls
shown = []
saved = sys.displayhook
sys.displayhook = shown.append
for source in ("1 + 1", "None", "'x' * 2"):
    exec(compile(source, "<single>", "single"))
sys.displayhook = saved
print(shown, sys.__displayhook__ is sys.displayhook)
out = io.StringIO()
saved_out, sys.stdout = sys.stdout, out
sys.__displayhook__(None)
sys.__displayhook__([1, "two"])
sys.stdout = saved_out
import builtins
print(repr(out.getvalue()), builtins._)

# settrace/gettrace: what doctest saves and restores
print(sys.gettrace(), sys.getprofile(), sys.settrace(None), sys.setprofile(None))
