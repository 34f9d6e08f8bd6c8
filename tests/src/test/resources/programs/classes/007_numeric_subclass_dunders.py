# Unary operators, abs() and bytes() fall back to the built-in base's methods.
class MyInt(int):
    pass
class MyFloat(float):
    pass
class MyComplex(complex):
    pass
for v in (MyInt(5), MyInt(-3), MyFloat(2.5), MyComplex(3, 4)):
    r = (-v, +v, abs(v))
    print(type(v).__name__, r, [type(x).__name__ for x in r])
print(~MyInt(5), type(~MyInt(5)).__name__)
print(int.__neg__(7), float.__abs__(-1.5), int.__pos__(True), complex.__neg__(1j))

class Neg(int):
    def __neg__(self): return "own neg"
print(-Neg(1), +Neg(1), abs(Neg(-1)))

class Plain:
    pass
for op, f in (("-", lambda: -Plain()), ("+", lambda: +Plain()), ("~", lambda: ~Plain()), ("abs", lambda: abs(Plain()))):
    try:
        f()
    except TypeError as e:
        print(op, "TypeError:", e)

class B:
    def __bytes__(self): return b"xy"
class BadB:
    def __bytes__(self): return 5
class Sub(bytes):
    pass
class ReturnsSub:
    def __bytes__(self): return Sub(b"sub")
print(bytes(B()), bytes(ReturnsSub()), type(bytes(ReturnsSub())).__name__, bytearray(b"a") + bytes(B()))
try:
    bytes(BadB())
except TypeError as e:
    print("TypeError:", e)
try:
    bytes(B(), "utf-8")
except TypeError as e:
    print("TypeError:", e)

class Seq:
    def __getitem__(self, i): return i
class T:
    pass
for f in (lambda: "s" + T(), lambda: [1] + T(), lambda: (1,) + T(), lambda: b"b" + T(), lambda: bytearray() + T(),
          lambda: "s" * T(), lambda: T() * [1], lambda: b"a" * b"b", lambda: pow(2, T(), 3), lambda: T() + "s"):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
