# __traceback__ objects: one entry per frame the exception passed through, outermost (the catcher) first.
import sys


def inner():
    raise ValueError("x")


def middle():
    inner()


try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb.tb_frame).__name__)
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        assert tb.tb_lasti >= 0
        tb = tb.tb_next
    print(lines)
    kind, value, tb2 = sys.exc_info()
    print(kind.__name__, value is e, tb2.tb_lineno)

print(ValueError().__traceback__)
e2 = ValueError().with_traceback(None)
print(e2.__traceback__)
try:
    e2.__traceback__ = 5
except TypeError as x:
    print(x)
try:
    ValueError().with_traceback(3)
except TypeError as x:
    print(x)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        saved = z.__traceback__
        raise
except ZeroDivisionError as z2:
    print(z2.__traceback__.tb_lineno)
    e3 = KeyError("k").with_traceback(saved)
    print(e3.__traceback__ is saved, saved.tb_next)
    e3.__traceback__ = None
    print(e3.__traceback__)
print(sys.exc_info())
