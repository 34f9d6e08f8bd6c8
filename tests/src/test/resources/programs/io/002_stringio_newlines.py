# StringIO's newline argument: translation on write and the line terminator readline looks for
import _io

for newline in [None, "", "\n", "\r", "\r\n"]:
    s = _io.StringIO(newline=newline)
    s.write("a\nb\r\nc\rd")
    print(repr(newline), repr(s.getvalue()))
    s.seek(0)
    print(" ", s.readlines())
s = _io.StringIO("x\r\ny", newline=None)
print(repr(s.getvalue()))
try:
    _io.StringIO(newline="xx")
except ValueError as e:
    print("ValueError:", e)
