# Contexts: attributes and their checks, flags and traps, signals raised, templates, localcontext, threads.
import decimal
import _thread
from decimal import (Decimal as D, Context, getcontext, setcontext, localcontext, DefaultContext, BasicContext,
                     ExtendedContext, InvalidOperation, DivisionByZero, Overflow, Underflow, Inexact, Rounded,
                     Subnormal, Clamped, FloatOperation, DecimalException, ROUND_HALF_UP, ROUND_FLOOR, ROUND_CEILING)

c = Context()
print(c)
c = Context(prec=7, rounding=ROUND_HALF_UP, Emin=-9, Emax=9, capitals=0, clamp=1, traps=[Overflow], flags=[Inexact])
print(c)
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.create_decimal("1.23456789"), c.create_decimal("1e-12"), c.to_sci_string(D("1e20")))
for name, value in [("prec", 0), ("prec", "5"), ("Emin", 1), ("Emax", -1), ("capitals", 2), ("clamp", -1), ("rounding", "UP")]:
    try:
        setattr(c, name, value)
    except (ValueError, TypeError) as e:
        print(name, type(e).__name__, str(e).splitlines()[0])
c2 = c.copy()
c2.prec = 3
print(c.prec, c2.prec, type(c.flags).__name__ in ("SignalDict", "SignalDictMixin"), len(c.flags), Inexact in c.flags)
print(sorted(k.__name__ for k in c.traps), [v for v in c.traps.values()].count(True))

ctx = Context(prec=5, Emin=-5, Emax=5, traps=[])
for label, f in [("overflow", lambda: ctx.multiply(D("9e5"), 10)), ("underflow", lambda: ctx.divide(D("1e-5"), 1000)),
                 ("subnormal", lambda: ctx.divide(D("1e-5"), 10)), ("clamped", lambda: ctx.create_decimal("0e-20")),
                 ("invalid", lambda: ctx.sqrt(-1)), ("divzero", lambda: ctx.divide(1, 0)),
                 ("rounded", lambda: ctx.plus(D("1.00000"))), ("impossible", lambda: ctx.divide_int(D("1e10"), 1))]:
    ctx.clear_flags()
    r = f()
    print(label, r, [s.__name__ for s, v in ctx.flags.items() if v])

for exc, f in [(Overflow, lambda: D("9e999999") * 10), (DivisionByZero, lambda: D(5) / 0),
               (InvalidOperation, lambda: D("inf") - D("inf")), (InvalidOperation, lambda: D(1) % 0),
               (InvalidOperation, lambda: D("nan") > 1), (InvalidOperation, lambda: D("1e30") // D("1e-10"))]:
    try:
        f()
    except exc as e:
        print(type(e).__name__, e.args, isinstance(e, DecimalException), isinstance(e, ArithmeticError))

with localcontext() as lc:
    lc.traps[FloatOperation] = True
    try:
        D(0.5)
    except FloatOperation as e:
        print("FloatOperation", e, isinstance(e, TypeError))
    print(D(1) == 1.0)
    try:
        D(1) < 1.5
    except FloatOperation:
        print("ordering with a float traps")

with localcontext(BasicContext) as lc:
    print(lc.prec, D(2) / 3)
    try:
        D(1) / 0
    except DivisionByZero:
        print("BasicContext traps DivisionByZero")
print(getcontext().prec)
setcontext(ExtendedContext)
print(D(1) / 0, D(0) / 0, getcontext() is ExtendedContext, getcontext().prec)
setcontext(DefaultContext)
getcontext().prec = 12
print(D(1) / 7, DefaultContext.prec)

results = {}
def work(n):
    with localcontext() as lc:
        lc.prec = n
        results[n] = str(D(1) / 7)
def run(n, lock):
    try:
        work(n)
    finally:
        lock.release()
locks = []
for n in (3, 6, 9):
    lock = _thread.allocate_lock()
    lock.acquire()
    locks.append(lock)
    _thread.start_new_thread(run, (n, lock))
for lock in locks:
    lock.acquire()
print(sorted(results.items()), getcontext().prec)
try:
    localcontext(prec=5, bogus=1)
except TypeError as e:
    print("TypeError", e)
print(decimal.__version__, decimal.HAVE_THREADS, decimal.MAX_PREC, decimal.MIN_ETINY)
