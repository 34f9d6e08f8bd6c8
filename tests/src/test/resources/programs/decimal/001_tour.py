# A tour of decimal: construction, arithmetic, functions, hashing, contexts, errors, formatting.
from decimal import *
import decimal, math, copy

D = Decimal
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print(D(-7)//2, D(-7)%2, divmod(D(-7), 2), divmod(D('7.5'),D(2)), D(1)%D('3.00'), divmod(7, D(2)))
print(D(1)**D('0.5'), D(4)**D('0.5'), D(2)**D('-0.5'), D('-2')**3, D('0.5')**D('2.5'), D(10)**-3, D('1.5')**100)
print(D(1).exp(), D('-3.5').exp(), D(100).exp(), D('0.001').exp(), D('1e-40').exp())
print(D(2).ln(), D('0.5').ln(), D('1.0000001').ln(), D('1e100').ln(), D('0.99999').ln())
print(D(2).log10(), D('1e-5').log10(), D(7).log10(), D('1000').log10(), D('0.001').log10())
print(D(2).sqrt(), D('0.25').sqrt(), D('100').sqrt(), D('1e-7').sqrt(), D('-0').sqrt(), D(10).sqrt())
print(getcontext())
for s in ['1', '-1.50', '1e5', '1E-7', '0.000001', '0.0000001', '-0', '0e10', '123.456e-10', 'inf', '-nan', 'snan123', 'nan5', '1_000.5', '  3.14  ']:
    d = D(s)
    print(s, str(d), repr(d), d.to_eng_string(), d.as_tuple(), d.adjusted() if d.is_finite() else '')
t(lambda: D('abc'))
t(lambda: D(1)/0)
t(lambda: D(0)/0)
t(lambda: D('1e999999')*10)
t(lambda: D(1).quantize(D('1e-30')))
t(lambda: Context(prec=5).create_decimal('1.23456789'))
print(hash(D(2)) == hash(2), hash(D('0.5')) == hash(0.5), hash(D('1.50')) == hash(1.5), hash(D(10**30)) == hash(10**30), hash(D('-1')))
print(D('1.0') == 1, D('0.1') == 0.1, D(2) > 1.5, D('nan') == D('nan'), D(1) < 2)
print(sum([D('0.1')]*10), round(D('2.675'), 2), round(D('2.5')), round(D('3.5')), math.floor(D('-2.5')), math.ceil(D('-2.5')), int(D('-7.9')), float(D('0.1')))
print(D('-1.50').copy_abs(), abs(D('-1.50')), -D('0'), +D('-0'), D('1.23').compare(D('1.230')), D(3).max(D(5)), D(3).min(D('nan')))
print(D('1.2345').quantize(D('0.01'), rounding=ROUND_UP), D('-2.5').to_integral_value(rounding=ROUND_HALF_UP), D('2.5').to_integral_exact(), D('123.4500').normalize(), D('0.00').normalize())
print(D('1.1').fma(2, 3), D(5).remainder_near(3), D(1).next_plus(), D(1).next_minus(), D('1').scaleb(5), D(10).logb(), D('-0.5').number_class())
print(copy.copy(D('2')), copy.deepcopy(D('3')))
print(D('0.75').as_integer_ratio(), D('-2.5E+3').as_integer_ratio(), D(3).real, D(3).imag, complex(D('1.5')))
c = getcontext().copy(); c.prec = 10; print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp)
print(c.add(1, 2), c.divide(1, 3), c.power(2, 10), c.sqrt(2), c.create_decimal(1.1), c.divmod(7, 2))
print(repr(c.flags), repr(c.traps))
with localcontext(prec=3, rounding=ROUND_DOWN) as lc:
    print(D(2)/3, lc.prec)
print(D(2)/3)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError), Underflow.__mro__)
class MyDec(Decimal):
    pass
m = MyDec('1.5')
print(type(m).__name__, m + 1, type(m + 1).__name__, isinstance(m, Decimal), repr(m))
print(BasicContext, ExtendedContext, MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS)
t(lambda: D('nan') < 1)
t(lambda: D(1.5) + 1.5)
t(lambda: hash(D('snan')))
t(lambda: int(D('inf')))
t(lambda: D(1).quantize(1.5))
t(lambda: setattr(getcontext(), 'prec', 0))
t(lambda: setattr(getcontext(), 'rounding', 'x'))
print(format(D('-1234.5678'), '+,.2f'), format(D('1234.5678'), '^20.3e'), format(D('0.001'), '%'), format(D('12'), 'E'), format(D('1e-10'), 'f'), format(D('123456'), '.3g'), format(D('1.5'), '#.0f'))
print(D((0, (1, 2), 3)), D((1, (), 'F')), D([0, [5], -1]), D(0.1), Decimal.from_float(0.5), D(10**30), D(-2**70))
