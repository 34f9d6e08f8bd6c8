# decimal and fractions: exact arithmetic, contexts, rounding, conversions.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, InvalidOperation, DivisionByZero
import decimal

import math

print("float sum:", 0.1 + 0.2, "decimal sum:", Decimal("0.1") + Decimal("0.2"))
print("from float:", Decimal(0.1))
print("from int/str/tuple:", Decimal(42), Decimal("-1.500"), Decimal((1, (3, 1, 4), -2)))
print("repr:", repr(Decimal("3.14")))
print("trailing zeros kept:", Decimal("1.50") * 2, Decimal("2.0") + Decimal("3.00"))
print("normalize:", Decimal("1.500").normalize(), Decimal("100").normalize(), Decimal("0.00").normalize())
print("division:", Decimal(1) / Decimal(7))
print("integer ops:", Decimal(17) // Decimal(5), Decimal(17) % Decimal(5), Decimal(-17) // Decimal(5), Decimal(-17) % Decimal(5))
print("divmod:", divmod(Decimal("7.5"), Decimal(2)))
print("power:", Decimal(2) ** 10, Decimal("1.1") ** 2, Decimal(2) ** Decimal("0.5"))
print("sqrt/exp/ln/log10:", Decimal(2).sqrt(), Decimal(1).exp(), Decimal(10).ln(), Decimal(1000).log10())
print("compare:", Decimal("1.0") == Decimal("1.00"), Decimal("1.0") == 1, Decimal("0.1") == 0.1, Decimal(2) > 1.5)
print("as_tuple:", Decimal("-3.140").as_tuple())
print("as_integer_ratio:", Decimal("0.75").as_integer_ratio())
print("specials:", Decimal("Infinity"), Decimal("-inf"), Decimal("NaN"), Decimal("-0"))
print("is_*:", Decimal("NaN").is_nan(), Decimal("inf").is_infinite(), Decimal("-0").is_signed(), Decimal("5").is_zero())
print("int/float conversions:", int(Decimal("7.99")), int(Decimal("-7.99")), float(Decimal("0.5")))
print("round builtin:", round(Decimal("2.675"), 2), round(Decimal("2.5")), round(Decimal("3.5")))
print("sum of decimals:", sum([Decimal("0.1")] * 10))

# quantize and rounding modes
price = Decimal("2.345")
for mode in [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING]:
    print("quantize", mode, price.quantize(Decimal("0.01"), rounding=mode), (-price).quantize(Decimal("0.01"), rounding=mode))
print("quantize to integer:", Decimal("12.5").quantize(Decimal("1")), Decimal("13.5").quantize(Decimal("1")))
print("to_integral:", Decimal("-2.5").to_integral_value(rounding=ROUND_HALF_UP))

# contexts
print("default precision:", getcontext().prec, getcontext().rounding)
with localcontext() as ctx:
    ctx.prec = 5
    print("prec 5:", Decimal(1) / Decimal(3), Decimal("123456789") + 0)
    ctx.rounding = ROUND_DOWN
    print("prec 5 round down:", Decimal(2) / Decimal(3))
print("restored:", Decimal(1) / Decimal(3))
with localcontext(prec=50):
    print("prec 50 sqrt 2:", Decimal(2).sqrt())

# signals and traps
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("div by zero:", type(e).__name__, isinstance(e, ZeroDivisionError))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("invalid literal:", type(e).__name__)
try:
    Decimal(0) / Decimal(0)
except InvalidOperation as e:
    print("0/0:", type(e).__name__)
with localcontext() as ctx:
    ctx.traps[DivisionByZero] = False
    print("untrapped 1/0:", Decimal(1) / Decimal(0), bool(ctx.flags[DivisionByZero]))
with localcontext() as ctx:
    ctx.prec = 3
    r = Decimal("1.2345") + 0
    print("inexact/rounded flags:", r, bool(ctx.flags[decimal.Inexact]), bool(ctx.flags[decimal.Rounded]))
try:
    Decimal("1.5") + 1.5
except TypeError as e:
    # the message names the type 'decimal.Decimal' with C _decimal but 'Decimal' with _pydecimal
    print("decimal + float:", type(e).__name__, "unsupported operand" in str(e))

# formatting
print("format:", format(Decimal("1234567.891"), ",.2f"), format(Decimal("0.000123"), ".2e"), f"{Decimal('42'):>8}|")
print("str of small:", str(Decimal("0.0000001")), str(Decimal("1E+3")), Decimal("1E+3").to_eng_string())

# money split
total = Decimal("100.00")
share = (total / 3).quantize(Decimal("0.01"))
print("split 3 ways:", share, share * 3, total - share * 2)

