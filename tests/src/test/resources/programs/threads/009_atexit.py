# atexit: callbacks run after the program, last registered first, with their arguments; a failing one is
# reported and the others still run; unregister removes every registration of a function.
import atexit


def show(*args, **kwargs):
    print("atexit:", args, kwargs)


def fail():
    raise ValueError("failing callback")


def removed():
    print("never runs")


atexit.register(show, "registered first, runs last")
atexit.register(fail)
atexit.register(removed)
atexit.register(show, 1, x=2)
atexit.register(removed)
atexit.unregister(removed)
print(atexit.register(show) is show)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("end of program")
