# printf-style % with numbers that are not plain ints: int subclasses, bool, __index__, __int__, __float__,
# and a str subclass on the right with its own __rmod__.
class MyInt(int):
    pass

class Idx:
    def __index__(self):
        return 42

class OnlyInt:
    def __int__(self):
        return 7

class OnlyFloat:
    def __float__(self):
        return 2.5

print("%d %i %u" % (MyInt(3), MyInt(-4), MyInt(5)))
print("%x %X %o %#x" % (MyInt(255), MyInt(255), MyInt(8), MyInt(16)))
print("%d %x %5d|%-5d|" % (True, False, True, MyInt(2)))
print("%d %x %o" % (Idx(), Idx(), Idx()))
print("%.2f %e" % (MyInt(3), Idx()))
print("%f" % OnlyFloat())
print("%c" % MyInt(65), "%c" % Idx())
for fmt, arg in [("%d", OnlyInt()), ("%x", OnlyInt()), ("%d", OnlyFloat()), ("%d", "s"), ("%x", 1.5),
                 ("%f", OnlyInt()), ("%d", object())]:
    try:
        print(repr(fmt), "->", fmt % arg)
    except TypeError as e:
        print(repr(fmt), "-> TypeError:", e)

class RMod(str):
    def __rmod__(self, other):
        return "RMod.__rmod__(%r)" % (other,)

class Plain(str):
    pass

print("x" % RMod("y"))
print("[%s]" % Plain("plain"), "[%s|%s]" % (Plain("a"), RMod("b")))
