# compile(..., optimize=N): level 1 removes asserts and makes __debug__ False, level 2 also drops docstrings;
# -1 (the default) is the running interpreter's level, which is 0 here.
import sys

SRC = '''
"""module docstring"""
def f():
    """function docstring"""
    return 1
class C:
    """class docstring"""
    def m(self):
        "method docstring"
def gen():
    """generator docstring"""
    assert (yield 1) == 5, "sent value"
    yield 2
checks = []
try:
    assert 1 == 2, "message evaluated"
    checks.append("assert removed")
except AssertionError as e:
    checks.append("assert ran: %s" % e)
try:
    assert side_effect(), "never"
except NameError:
    checks.append("assert test evaluated")
debug = __debug__
docs = (__doc__, f.__doc__, C.__doc__, C.m.__doc__, gen.__doc__)
'''

for level in (-1, 0, 1, 2):
    ns = {"__name__": "opt%d" % level, "__doc__": "no docstring stored"}
    exec(compile(SRC, "<opt%d>" % level, "exec", optimize=level), ns)
    print(level, ns["debug"], ns["checks"], ns["docs"])
    g = ns["gen"]()
    print("  gen:", next(g), end=" ")  # with the assert removed, its yield is gone too
    try:
        print(g.send(0))
    except (AssertionError, StopIteration) as e:
        print(type(e).__name__, e)

print("eval:", eval(compile("__debug__", "<e>", "eval", optimize=1)), eval(compile("__debug__", "<e>", "eval")))
print(__debug__, sys.flags.optimize)
for bad in (3, -2):
    try:
        compile("1", "<s>", "eval", optimize=bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
try:
    compile("1", "<s>", "eval", optimize="1")
except TypeError as e:
    print("str optimize:", type(e).__name__)
try:
    exec("__debug__ = 1")
except SyntaxError as e:
    print(e.msg)
print(compile("x", "<s>", "eval", optimize=0) == compile("x", "<s>", "eval", optimize=0))
