# sys._getframe: the caller's frame object, its code, globals, a snapshot of its locals, and its callers.
import sys


def h(a):
    b = a + 1
    fr = sys._getframe()
    print(fr.f_code.co_name, sorted(fr.f_locals), fr.f_locals["b"])
    print(fr.f_back.f_code.co_name, fr.f_back.f_lineno)
    print(sys._getframe(1).f_globals is globals(), sys._getframe(0).f_globals["__name__"])
    print(sys._getframemodulename(), sys._getframemodulename(1))
    print(type(fr.f_builtins).__name__, fr.f_builtins["len"] is len, fr.f_lasti >= 0)


def outer():
    h(1)


outer()
try:
    sys._getframe(100)
except ValueError as x:
    print(x)
print(type(sys._getframe()).__name__, sys._getframe().f_code.co_name)
print(sys._getframe().f_locals is globals())


def module_of_caller():
    return sys._getframe(1).f_globals.get("__name__")


print(module_of_caller())
