# real/imag/numerator/denominator are getset descriptors of int, float and complex, reachable every way
print(getattr(3 + 4j, "real"), getattr(3 + 4j, "imag"), getattr(7, "numerator"), getattr(7, "denominator"))
print((2.5).real, (2.5).imag, True.real, True.denominator, (2**70).numerator == 2**70)
print("{0.real} {0.imag} {1.denominator}".format(1 - 2j, 9))
print(int.real, float.imag)
print(type(int.__dict__["numerator"]).__name__)
class MyInt(int):
    pass
print(MyInt(6).real, type(MyInt(6).real).__name__, MyInt(6).imag)
try:
    (5).real = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(1.5, "numerator"), hasattr(1j, "denominator"))
