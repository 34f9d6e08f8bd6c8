# A bare raise in a helper re-raises the exception being handled; a class whose __new__ returns a non-exception;
# assigning __cause__ sets __suppress_context__.
def catch(fn):
    try:
        fn()
    except BaseException as e:
        return e

def helper():
    raise
def handler():
    try:
        raise IndexError("handled")
    except IndexError:
        helper()
e = catch(handler)
print(type(e).__name__, e)
print(type(catch(helper)).__name__)

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
e.args = ["changed", 1]
print(e.args)
e.args = "ab"
print(e.args)
try:
    e.args = 5
except TypeError as err:
    print("TypeError:", err)
