import time, cmath, math
t = time.gmtime(86400 * 365 + 3661)
print(t, t.tm_year, t.tm_yday, t[0:3], len(t), t.tm_zone, t.tm_gmtoff)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", t), time.asctime(t))
st = time.struct_time((2024, 2, 29, 12, 30, 0, 3, 60, 0))
print(st, st.tm_mon, time.asctime(st))
print(time.mktime(time.localtime(1700000000)) == 1700000000.0, type(time.timezone), isinstance(time.tzname, tuple))
for bad in [(1, 2), None]:
    try:
        time.struct_time(bad) if bad is not None else time.asctime("x")
    except TypeError as e:
        print("TypeError", e)
for f in (cmath.sqrt, cmath.exp, cmath.log, cmath.log10, cmath.sin, cmath.cos, cmath.tan, cmath.asin, cmath.acos, cmath.atan,
          cmath.sinh, cmath.cosh, cmath.tanh, cmath.asinh, cmath.acosh, cmath.atanh):
    z, w = f(1 + 2j), f(0.5)
    print(f.__name__, f"{z.real:.12g} {z.imag:.12g} {w.real:.12g} {w.imag:.12g}", type(w).__name__)
print(cmath.phase(-1), cmath.polar(1j), cmath.rect(2, math.pi / 2), cmath.log(8, 2), cmath.isclose(1 + 1j, 1 + 1.0000000001j))
print(cmath.isfinite(1j), cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj), cmath.pi == math.pi, cmath.tau, cmath.inf)
for bad in [lambda: cmath.log(0), lambda: cmath.sqrt("x"), lambda: cmath.atanh(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
