# open() in text and binary modes: write, read back, append, r+, x, seek/tell, iteration, closed files.
import os
import time

base = "/tmp/taipan_io_%d_%d" % (os.getpid(), time.monotonic_ns())
os.mkdir(base)
path = os.path.join(base, "data.txt")

with open(path, "w", encoding="utf-8") as f:
    print("write returns:", f.write("héllo\nwörld\n"))
    print("mode/name:", f.mode, f.name == path, f.encoding, f.closed)
    print("writable/readable/seekable:", f.writable(), f.readable(), f.seekable())
print("closed after with:", f.closed)

with open(path, encoding="utf-8") as f:
    print("read:", repr(f.read()))
with open(path, encoding="utf-8") as f:
    print("lines:", list(f))
with open(path, encoding="utf-8") as f:
    print("readline/tell:", repr(f.readline()), f.tell(), repr(f.readline(3)), repr(f.read()))
with open(path, "rb") as f:
    print("binary:", f.read(3), f.tell(), f.readline(), f.peek(1)[:1], f.read())
with open(path, "a", encoding="utf-8") as f:
    print("append tell:", f.tell())
    f.write("more\n")
with open(path, "r+", encoding="utf-8") as f:
    print("r+ readline:", repr(f.readline()))
    f.seek(0, 2)
    f.write("end\n")
    f.seek(0)
    print("r+ all:", repr(f.read()))
with open(path, "rb", buffering=0) as f:
    print("raw:", type(f).__name__, f.mode, f.read(2), f.readall())
with open(path, "wb") as f:
    f.write(b"\x00\x01\x02")
    f.write(bytearray(b"ab"))
    f.write(memoryview(b"cd"))
    print("binary tell:", f.tell())
with open(path, "rb") as f:
    print("binary back:", f.read())
    print("at end:", f.read(), f.read(1))

try:
    open(path, "x")
except FileExistsError as e:
    print("x on existing:", type(e).__name__, e.errno, e.strerror)
try:
    open(os.path.join(base, "missing.txt"))
except FileNotFoundError as e:
    print("missing:", type(e).__name__, e.errno, os.path.basename(e.filename))
try:
    open(base)
except IsADirectoryError as e:
    print("directory:", type(e).__name__, e.errno)

f = open(path, "w")
f.close()
for call in (lambda: f.write("x"), lambda: f.read(), lambda: f.tell()):
    try:
        call()
    except ValueError as e:
        print("closed file:", e)
f = open(path, "rb")
f.close()
for name in ("read", "readline", "peek"):
    try:
        getattr(f, name)()
    except ValueError as e:
        print("closed binary:", e)
with open(path, "w") as f:
    try:
        f.read()
    except OSError as e:
        print("read on w:", type(e).__name__, e)

# newline handling
with open(path, "w", newline="") as f:
    f.write("a\r\nb\rc\nd")
with open(path, newline=None) as f:
    print("universal:", repr(f.read()))
with open(path, newline="") as f:
    print("newline='':", list(f))
with open(path, newline="\r") as f:
    print("newline='\\r':", list(f))
with open(path, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(path, "rb") as f:
    print("written with \\r\\n:", f.read())

# encodings and errors
with open(path, "w", encoding="latin-1") as f:
    f.write("café")
with open(path, "rb") as f:
    print("latin-1 bytes:", f.read())
with open(path, encoding="utf-8", errors="replace") as f:
    print("replace:", repr(f.read()))
with open(path, encoding="utf-8") as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print("decode error:", e.reason, e.start, e.end)

os.remove(path)
os.rmdir(base)
print("cleaned:", os.path.exists(base))
