# _io.StringIO: reading, writing, seeking, truncating and iterating an in-memory text buffer
import _io

s = _io.StringIO("hello\nworld\nlast")
print(repr(s.read(3)), repr(s.readline()), s.tell())
print(list(s))
print(repr(s.read()), s.tell())
s.write("!")
print(repr(s.getvalue()))
s.seek(0)
print(s.readlines())
s.seek(0)
print(s.readlines(7))
print(s.truncate(5), repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.seek(0, 1), s.seek(3))
s.seek(9)
s.write("x")
print(repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.isatty())
print(repr(_io.StringIO().read()), repr(_io.StringIO(None).getvalue()))
t = _io.StringIO()
print(t.write("ünïcode 🐍"), t.tell(), repr(t.getvalue()))
t.writelines(["a\n", "b\n"])
t.seek(0)
for line in t:
    print(repr(line))
with _io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
