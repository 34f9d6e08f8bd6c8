# The correctly rounded functions and powers across precisions, exponent limits and special values.
from decimal import Decimal as D, Context, localcontext, ROUND_DOWN, ROUND_UP, ROUND_HALF_UP

args = ["2", "0.5", "10", "1E-10", "123456.789", "-3", "0", "-0", "Infinity", "-Infinity", "NaN", "1", "0.999999",
        "1.0000001", "3.14159265358979", "1E+10", "7E-20", "46"]
for prec in (1, 5, 16, 28, 40):
    with localcontext(prec=prec, traps=[]) as ctx:
        for a in args:
            row = []
            for fn in ("sqrt", "exp", "ln", "log10"):
                ctx.clear_flags()
                r = getattr(D(a), fn)()
                row.append(f"{r}/{''.join(s.__name__[0] for s, v in ctx.flags.items() if v)}")
            print(prec, a, " ".join(row))

bases = ["2", "-2", "0.5", "10", "1.5", "0", "-0", "Infinity", "-Infinity", "1", "9.99", "-1"]
exps = ["2", "-2", "0.5", "-0.5", "0", "3", "10", "1E+2", "Infinity", "-Infinity", "-1", "2.5"]
with localcontext(prec=12, traps=[]) as ctx:
    for b in bases:
        row = []
        for e in exps:
            ctx.clear_flags()
            r = D(b) ** D(e)
            row.append(f"{r}/{''.join(s.__name__[0] for s, v in ctx.flags.items() if v)}")
        print(b, " ".join(row))
print(D(2) ** 64, D("1.000001") ** 1000000, D(3) ** -3, D(10) ** 30, D(7) ** D("0.5"))
with localcontext(Context(prec=6, Emax=99, Emin=-99, traps=[])) as ctx:
    print(D(10) ** 120, D(10) ** -120, D("1.1") ** 3000, D(2).exp() ** 200, D(300).exp(), D(-300).exp())
for mode in (ROUND_DOWN, ROUND_UP, ROUND_HALF_UP):
    with localcontext(prec=5, rounding=mode):
        print(mode, D(2).sqrt(), D(3) ** D("0.5"), D(2) / 3, D(1).exp())
