import sys
print(complex(), complex(1), complex(1, 2), complex("1+2j"), complex(" (3-4.5J) "), complex("j"), complex("-j"), complex("1e3"), complex("inf+nanj"), complex(1j, 1j), complex(-0.0))
print((1+2j).conjugate(), format(1+2j, ".2f"), f"{3-1j:>12}", repr(-0j), repr(complex(-0.0, -0.0)), 1j * 1j, (1+1j) ** 0.5, 2 ** (1j))
print((10).bit_length(), (-1).bit_length(), (2**100).bit_length(), (255).bit_count(), (-7).as_integer_ratio(), (5).conjugate(), True.conjugate(), (5).is_integer())
print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e20).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"), (2.5).__round__(), (2.675).__round__(2))
print(format(255, "x"), format(1234567, ","), (255).__format__("08b"), (3.14159).__format__(".2f"), True.__format__(""), True.__format__("d"))
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.float_info.epsilon, sys.hash_info.inf)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
try:
    int("9" * 5000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 7000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(4300)
try:
    complex("1 + 2j")
except ValueError as e:
    print(e)
try:
    complex("1", 2)
except TypeError as e:
    print(e)
try:
    complex([])
except TypeError as e:
    print(e)
try:
    (1+2j) < (2+3j)
except TypeError as e:
    print(e)
print(hash(1+2j), hash(3.0+0j) == hash(3), 1j == 1j, (1+0j) != 1, abs(-3+4j))
