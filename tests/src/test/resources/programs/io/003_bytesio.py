# _io.BytesIO: the same buffer protocol over bytes
import _io

b = _io.BytesIO(b"ab\ncd\nef")
print(b.read(1), b.readline(), b.read1(2), b.tell())
print(b.readlines(), b.read())
b.seek(0)
print(list(b))
b.seek(12)
b.write(b"!")
print(b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell())
print(b.seek(-1, 2), b.read())
print(b.write(bytearray(b"xy")), b.getvalue())
with _io.BytesIO() as w:
    w.writelines([b"1", b"2"])
    print(w.getvalue(), w.closed)
print(w.closed)
