# Many operations on generated operands under varied contexts: results and flags must match libmpdec's.
from decimal import (Decimal, Context, localcontext, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MODES = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


def operand():
    kind = rnd(20)
    if kind == 0:
        return Decimal(["Infinity", "-Infinity", "NaN", "-0", "0E+3"][rnd(5)])
    digits = "".join(str(rnd(10)) for _ in range(1 + rnd(14)))
    exp = rnd(30) - 15
    sign = "-" if rnd(3) == 0 else ""
    return Decimal(f"{sign}{digits}E{exp}")


def flags(ctx):
    return "".join(name[0] for name, on in ((s.__name__, v) for s, v in ctx.flags.items()) if on)


def show(ctx, label, f):
    ctx.clear_flags()
    try:
        r = f()
    except ArithmeticError as e:
        r = type(e).__name__
    print(label, r, flags(ctx))


for i in range(120):
    prec = 1 + rnd(12)
    mode = MODES[rnd(8)]
    ctx = Context(prec=prec, rounding=mode, Emin=-20, Emax=20, traps=[])
    a, b = operand(), operand()
    print("#", i, prec, mode, a, b)
    show(ctx, "add", lambda: ctx.add(a, b))
    show(ctx, "sub", lambda: ctx.subtract(a, b))
    show(ctx, "mul", lambda: ctx.multiply(a, b))
    show(ctx, "div", lambda: ctx.divide(a, b))
    show(ctx, "divint", lambda: ctx.divide_int(a, b))
    show(ctx, "rem", lambda: ctx.remainder(a, b))
    show(ctx, "remnear", lambda: ctx.remainder_near(a, b))
    show(ctx, "cmp", lambda: ctx.compare(a, b))
    show(ctx, "max", lambda: ctx.max(a, b))
    show(ctx, "min", lambda: ctx.min(a, b))
    show(ctx, "plus", lambda: ctx.plus(a))
    show(ctx, "quant", lambda: ctx.quantize(a, b))
    show(ctx, "intval", lambda: ctx.to_integral_value(a))
    show(ctx, "intexact", lambda: ctx.to_integral_exact(a))
    show(ctx, "reduce", lambda: ctx.normalize(a))
    show(ctx, "sqrt", lambda: ctx.sqrt(a))
    show(ctx, "fma", lambda: ctx.fma(a, b, a))
    show(ctx, "nextplus", lambda: ctx.next_plus(a))
    show(ctx, "sci", lambda: ctx.to_sci_string(a))
    show(ctx, "eng", lambda: ctx.to_eng_string(a))
    if a.is_finite() and abs(a.adjusted()) < 4:
        show(ctx, "exp", lambda: ctx.exp(a))
        show(ctx, "ln", lambda: ctx.ln(a))
        show(ctx, "log10", lambda: ctx.log10(a))
    if a.is_finite() and b.is_finite() and abs(a.adjusted()) < 3 and abs(b.adjusted()) < 2:
        show(ctx, "pow", lambda: ctx.power(a, b))
    if a.is_finite() and abs(a.adjusted()) < 4:
        show(ctx, "powint", lambda: ctx.power(a, rnd(9) - 4))
