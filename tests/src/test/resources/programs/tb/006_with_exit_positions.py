# A context manager's __enter__/__exit__ (and the async pair) are called at the manager expression: a traceback
# through them marks `Guard()` on the `with` line, as CPython 3.13 does.
import traceback


class Guard:
    def __init__(self, fail_enter=False):
        self.fail_enter = fail_enter

    def __enter__(self):
        if self.fail_enter:
            raise KeyError("enter")
        return self

    def __exit__(self, *exc):
        raise ValueError("exit")


def plain():
    with Guard():
        pass


def named():
    g = Guard()
    with g as h:
        h = 1


def two_items():
    with Guard(), Guard():
        pass


def split_items():
    with (Guard() as a,
          Guard() as b):
        pass


def body_raises():
    with Guard():
        1 / 0


def enter_raises():
    with Guard(
            fail_enter=True) as g:
        pass


def in_generator():
    with Guard():
        yield 1


class AsyncGuard:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        raise LookupError("aexit")


async def coroutine():
    async with AsyncGuard():
        pass


for f in (plain, named, two_items, split_items, body_raises, enter_raises):
    try:
        f()
    except Exception:
        traceback.print_exc()
try:
    list(in_generator())
except Exception:
    traceback.print_exc()
try:
    coroutine().send(None)
except Exception:
    traceback.print_exc()
plain()
