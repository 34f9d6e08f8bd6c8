# User objects through the number protocols: __index__, __int__, __float__, __complex__, __round__, __abs__, __floor__.
import math
class A:
    def __float__(self): return 1.5
    def __index__(self): return 7
    def __round__(self, n=None): return ("r", n)
    def __abs__(self): return "abs"
    def __floor__(self): return "fl"
class B:
    def __int__(self): return 4
    def __complex__(self): return 2j
class C:
    def __float__(self): return 1
print(float(A()), int(A()), hex(A()), round(A()), round(A(), 2), abs(A()), math.floor(A()), math.ceil(A()), math.sqrt(A()), complex(A()), int(B()), complex(B()))
print(chr(A()), bin(A()), [1,2,3,4,5,6,7,8][A()] if False else 0)
for f in [C, object]:
    try:
        print(float(f()))
    except TypeError as e:
        print(e)
    try:
        print(int(f()))
    except TypeError as e:
        print(e)
    try:
        print(complex(f()))
    except TypeError as e:
        print(e)
