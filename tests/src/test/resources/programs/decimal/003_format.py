# Decimal.__format__: every presentation type, fill/align, sign, z, #, zero padding, grouping, precision.
from decimal import Decimal as D, localcontext, ROUND_DOWN

values = ["0", "-0", "1", "-1.5", "123.456", "1234567.891", "0.000123", "1E+10", "1.2E-8", "-0.0", "999.9995",
          "12345678901234567890.5", "Infinity", "-Infinity", "NaN", "5E-1", "0E+3", "100"]
specs = ["", "f", ".2f", ",.2f", "_.3f", "e", ".2e", ".0e", "E", "g", ".3g", ".1g", "G", "%", ".1%", "n",
         "10", "<12", ">12.2f", "^14.3e", "=+12.2f", "012.2f", "012,.1f", "+", " ", "z.1f", "#.0f", "*^15,.2f",
         "08", ".10", ".0f", "-", "020,"]
for v in values:
    row = []
    for s in specs:
        try:
            row.append(format(D(v), s))
        except (ValueError, TypeError) as e:
            row.append(type(e).__name__)
    print(v, "|".join(row))

print(f"{D('3.14159'):.3}", f"{D('2.5'):.0f}", f"{D('3.5'):.0f}", f"{D('-2.5'):.0f}")
with localcontext(rounding=ROUND_DOWN):
    print(format(D("2.999"), ".2f"), format(D("-2.999"), ".1e"))
for bad in ["x", ".f", "10.2q", ",n", "_"]:
    try:
        format(D(1), bad)
    except ValueError as e:
        print(repr(bad), "->", e)
