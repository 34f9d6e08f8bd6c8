# The buffered and text layers over in-memory raw streams, and the standard streams as io objects.
import io
import sys

# BufferedReader over BytesIO: peek, read1, readline, readinto, iteration
r = io.BufferedReader(io.BytesIO(b"alpha\nbeta\ngamma\n"), buffer_size=4)
print("peek:", r.peek(1)[:1], "read1:", r.read1(3), "readline:", r.readline())
target = bytearray(3)
print("readinto:", r.readinto(target), bytes(target), "tell:", r.tell())
print("rest:", list(r))
print("read at end:", r.read(), r.read(5))

# BufferedWriter over BytesIO: nothing reaches the raw stream before flush when it fits the buffer
raw = io.BytesIO()
w = io.BufferedWriter(raw, buffer_size=16)
print("write:", w.write(b"hello"), "raw before flush:", raw.getvalue())
w.flush()
print("raw after flush:", raw.getvalue(), "tell:", w.tell())
w.write(b"x" * 20)
print("overflowing write reached raw:", len(raw.getvalue()))
print("detach gives raw:", w.detach() is raw)
try:
    w.write(b"more")
except ValueError as e:
    print("after detach:", e)

# BufferedRandom: reads and writes share one position
rnd = io.BufferedRandom(io.BytesIO(b"0123456789"))
print("random read:", rnd.read(3))
rnd.write(b"abc")
rnd.seek(0)
print("random after write:", rnd.read())
print("seek/tell:", rnd.seek(-2, io.SEEK_END), rnd.tell(), rnd.read())

# BufferedRWPair: a reader and a writer
src, dst = io.BytesIO(b"from reader"), io.BytesIO()
pair = io.BufferedRWPair(src, dst)
print("pair read:", pair.read(4), "write:", pair.write(b"to writer"))
pair.flush()
print("pair wrote:", dst.getvalue(), "seekable:", pair.seekable())

# argument checks
for make in (lambda: io.BufferedReader(io.BytesIO(), 0), lambda: io.BufferedWriter(io.BytesIO(), -1)):
    try:
        make()
    except ValueError as e:
        print("buffer size:", e)

# TextIOWrapper over BytesIO
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n")
t.write("one\ntwo\n")
t.flush()
print("\\r\\n written:", b.getvalue(), t.encoding, t.errors, t.line_buffering)
t.seek(0)
print("read back (newline='\\r\\n'):", t.readlines())
t2 = io.TextIOWrapper(io.BytesIO("a\r\nb\rc\n€".encode()), encoding="utf-8")
print("universal:", repr(t2.readline()), repr(t2.readline()), repr(t2.read(2)), "tell:", t2.tell())
t3 = io.TextIOWrapper(io.BytesIO(b"x\ny\n"), encoding="ascii")
print("tell/seek round trip:", t3.readline(), pos := t3.tell(), t3.read(), t3.seek(pos), t3.read())
t4 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", line_buffering=True)
t4.reconfigure(line_buffering=False, errors="replace")
print("reconfigure:", t4.line_buffering, t4.errors)
for bad in (dict(newline="x"), dict(encoding="no-such-codec"), dict(encoding=5)):
    try:
        io.TextIOWrapper(io.BytesIO(), **bad)
    except (ValueError, LookupError, TypeError) as e:
        print("bad TextIOWrapper:", type(e).__name__, e)
try:
    t.write(b"bytes")
except TypeError as e:
    print("bytes to text:", e)

# BytesIO.getbuffer shares the buffer and pins its size
bio = io.BytesIO(b"abcdef")
view = bio.getbuffer()
view[0] = ord("X")
print("through the view:", bio.getvalue(), len(view))
try:
    bio.write(b"more")
except BufferError as e:
    print("write while exported:", e)
view.release()
bio.write(b"!")
print("after release:", bio.getvalue())
state = bio.__getstate__()
copy = io.BytesIO()
copy.__setstate__(state)
print("state:", state[0], state[1], copy.getvalue(), copy.tell())

# the standard streams are io objects
print("stdout:", type(sys.stdout).__name__, sys.stdout.name, sys.stdout.mode, sys.stdout.writable(), sys.stdout.readable())
print("stderr errors:", sys.stderr.errors, "stdin:", sys.stdin.name, sys.stdin.readable())
print("filenos:", sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.buffer.fileno())
sys.stdout.write("written with write()\n")
sys.stdout.flush()
sys.stdout.buffer.write(b"written to the buffer\n")
sys.stdout.buffer.flush()
print("print after buffer writes", flush=True)
