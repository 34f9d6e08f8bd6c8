# divmod, pow with a modulus, round, bin/oct/hex, chr/ord, hash and abs, with CPython's error messages.
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(2**70, 3), divmod(-7.5, 2), divmod(7, 0.5))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2, -1, 7), pow(-3, 3, 7), pow(5, 3, -7), pow(2, 100, 10**9 + 7))
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1234.5678, -2), round(15, -1), round(25, -1), round(7, 2))
print(bin(0), bin(-5), oct(64), hex(-255), hex(2**64), bin(True))
print(chr(97), chr(0x1F600), ord("a"), ord("\u20ac"), hash(-1), hash(-2))
print(hash(1) == hash(1.0) == hash(True), hash(-1.0), hash(float("inf")), hash(float("-inf")))
print(abs(-5), abs(-2**63), abs(-0.0), abs(True), abs(2**100 * -1))
print(10 / 4, 2**200 / 2**199, 10**300 / 10**299, 7 // 2.0, -7 // 2, -7 % 3, 7.5 % -2, 2 ** 0.5, (-8) ** 3)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 2, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print(e)
try:
    round(1j)
except TypeError as e:
    print(e)
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    hex(1.5)
except TypeError as e:
    print(e)
try:
    abs("x")
except TypeError as e:
    print(e)
try:
    divmod("a", 1)
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
