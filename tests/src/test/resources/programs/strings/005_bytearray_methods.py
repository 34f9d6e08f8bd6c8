ba = bytearray(b"hello")
ba.append(33)
ba.extend(b" world")
ba.extend([1, 2])
ba.insert(0, 62)
ba.insert(-1, 0)
ba.insert(100, 60)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(1)
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, c.upper(), c.split(b" "))
try:
    bytearray().pop()
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    bytearray(b"a").pop(5)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    bytearray(b"a").remove(9)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    bytearray(b"a").append(256)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    bytearray(b"a").append("x")
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    bytearray().extend(5)
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    bytearray().extend("ab")
except (IndexError, ValueError, TypeError) as e:
    print(type(e).__name__, e)
x = bytearray(b"abc")
y = x
x += b"def"
print(x is y, y, x == b"abcdef", b"abcdef" == x, bytearray(b"abc") < b"abd")
print(repr(bytearray()), repr(bytearray(b"'")), bytearray(b"a\"b'"), bytearray(b"\x00\n\\"))
for i in bytearray(b"xy"):
    print(i)
print({b"k": 1}[b"k"], b"k" in {b"k", b"j"})
try:
    {bytearray(b"a"): 1}
except TypeError as e:
    print("TypeError:", e)
