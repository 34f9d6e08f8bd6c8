# the errors of the in-memory streams and of the _IOBase defaults
import _io

print(_io.UnsupportedOperation.__mro__)
print(_io.UnsupportedOperation.__module__, _io.DEFAULT_BUFFER_SIZE, _io.BlockingIOError is BlockingIOError)
print(_io.StringIO.__mro__)
print(_io.BytesIO.__mro__)
s = _io.StringIO()
for call in [lambda: s.fileno(), lambda: s.write(1), lambda: s.seek(-1), lambda: s.seek(1, 1),
             lambda: s.seek(0, 5), lambda: s.truncate(-1), lambda: _io.StringIO(3),
             lambda: _io.BytesIO("str"), lambda: _io.BytesIO().seek(-2), lambda: _io.BytesIO().write("s")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
s.close()
for call in [lambda: s.read(), lambda: s.getvalue(), lambda: s.tell(), lambda: next(iter(s))]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
b = _io.BytesIO()
b.close()
b.close()
try:
    b.read()
except ValueError as e:
    print("ValueError", e)

class Raw(_io._RawIOBase):
    pass

r = Raw()
print(r.readable(), r.writable(), r.seekable(), r.closed)
try:
    r.seek(0)
except _io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
with r:
    pass
print(r.closed)
try:
    r.flush()
except ValueError as e:
    print("ValueError", e)
