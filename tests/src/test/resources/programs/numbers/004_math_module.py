import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(4), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(10), math.floor(1e300))
print(math.factorial(20), math.factorial(25), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.gcd(12, 18, 8), math.lcm(4, 6), math.isqrt(10**20))
print(math.log(100, 10), math.log(2**1000), math.log2(8), math.log10(1000), math.exp(1), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(math.fsum([0.1] * 10) if False else math.fsum((0.1, 0.2, 0.3)), math.prod((1, 2, 3, 4)), math.isclose(1.0, 1.0 + 1e-10), math.frexp(8.0), math.modf(3.5))
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.copysign(1, -0.0), math.fmod(7, 3), math.atan2(1, 1), math.degrees(math.pi))
print((1+2j).real, (1+2j).imag, (5).real, (5).imag, (5).numerator, (5).denominator, (2.5).real, True.real)
