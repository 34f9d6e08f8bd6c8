# StringIO/BytesIO state (__getstate__/__setstate__), readinto and memoryview writes.
import io

s = io.StringIO("a\nb", newline="\r\n")
s.read(1)
state = s.__getstate__()
print("StringIO state:", state)
t = io.StringIO()
t.__setstate__(state)
print("restored:", repr(t.getvalue()), t.tell(), repr(t.read()))
for bad in ((1, 2), "x"):
    try:
        t.__setstate__(bad)
    except TypeError as e:
        print("bad state:", e)
try:
    t.__setstate__(("v", None, -1, None))
except ValueError as e:
    print("negative position:", e)

b = io.BytesIO(b"abcdef")
b.seek(2)
print("BytesIO state:", b.__getstate__())
c = io.BytesIO()
c.__setstate__((b"xyz", 1, None))
print("restored bytes:", c.getvalue(), c.tell(), c.read())
buf = bytearray(4)
c.seek(0)
print("readinto bytearray:", c.readinto(buf), buf)
view = memoryview(bytearray(2))
c.seek(1)
print("readinto memoryview:", c.readinto(view), view.tobytes())
c.write(memoryview(b"12"))
print("memoryview written:", c.getvalue())
