# Raising an exception object again extends its traceback; a bare raise in a helper re-raises the handled one.
def names(e):
    out, tb = [], e.__traceback__
    while tb:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out

def origin():
    raise KeyError("origin")

def again():
    try:
        origin()
    except KeyError as err:
        raise err

def catch(fn):
    try:
        fn()
    except BaseException as e:
        return e

print(names(catch(again)))
saved = catch(origin)
def reraise_saved():
    raise saved
print(names(catch(reraise_saved)))
print(names(catch(reraise_saved)))
saved.__traceback__ = None
print(names(catch(reraise_saved)))

def helper():
    raise
def handler():
    try:
        raise IndexError("handled")
    except IndexError:
        helper()
e = catch(handler)
print(type(e).__name__, e, names(e)[:2])
print(type(catch(helper)).__name__)

def tb_of():
    try:
        raise RuntimeError("x")
    except RuntimeError as err:
        return err.__traceback__
def with_tb():
    raise ValueError("v").with_traceback(tb_of())
print(names(catch(with_tb)))

class Weird(Exception):
    def __new__(cls, *a):
        return 42
try:
    exec("raise Weird", {"Weird": Weird})
except TypeError as err:
    print(err)

e = ValueError()
e.__cause__ = None
print(e.__suppress_context__, e.__cause__)
