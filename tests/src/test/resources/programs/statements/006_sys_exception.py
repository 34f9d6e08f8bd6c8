import sys
print(sys.exception(), sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    print(repr(sys.exception()), sys.exc_info()[0], repr(sys.exc_info()[1]))
    try:
        raise KeyError("k")
    except KeyError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())
def f():
    try:
        1 / 0
    finally:
        print("in finally:", repr(sys.exception()))
try:
    f()
except ZeroDivisionError:
    pass
