# Tracebacks read in handlers, in __exit__, from helpers deeper than the catching frame, and after the catching
# frame has returned: each ends at the catching frame, with the line where the exception passed through it.
import sys


def names(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def fail():
    raise ValueError("boom")


def middle():
    fail()


def caught_in_handler():
    try:
        middle()
    except ValueError as e:
        print("exc_info:", names(sys.exc_info()[2]))
        print("__traceback__:", names(e.__traceback__))
        print("same object:", e.__traceback__ is e.__traceback__)
        return e


e = caught_in_handler()
print("after return:", names(e.__traceback__))


def read_from_helper():
    try:
        fail()
    except ValueError:
        return helper()


def helper():
    return names(sys.exc_info()[2])


print("from helper:", read_from_helper())


class Reader:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        self.seen = names(tb)
        return self.suppress


def with_suppressed():
    r = Reader()
    r.suppress = True
    with r:
        middle()
    return r.seen


print("suppressed:", with_suppressed())


def with_reraised():
    r = Reader()
    r.suppress = False
    with r:
        middle()


try:
    with_reraised()
except ValueError as e:
    print("reraised:", names(e.__traceback__))


def reraise_after_deep_read():
    try:
        fail()
    except ValueError:
        helper()
        raise


try:
    reraise_after_deep_read()
except ValueError as e:
    print("deep read then raise:", names(e.__traceback__))


def gen():
    yield 1
    middle()


try:
    for _ in gen():
        pass
except ValueError as e:
    print("generator:", names(e.__traceback__))

for i in range(3):
    try:
        middle()
    except ValueError as e:
        last = e
print("in a loop:", names(last.__traceback__))


def context_chain():
    try:
        fail()
    except ValueError:
        raise KeyError("k")


try:
    context_chain()
except KeyError as e:
    print("context:", names(e.__context__.__traceback__), names(e.__traceback__))
