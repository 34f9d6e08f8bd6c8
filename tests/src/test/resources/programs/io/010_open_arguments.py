# open() and FileIO argument checking, descriptors, opener, closefd, and IncrementalNewlineDecoder.
import io
import os
import time

base = "/tmp/taipan_io_args_%d_%d" % (os.getpid(), time.monotonic_ns())
os.mkdir(base)
path = os.path.join(base, "f.bin")

def show(label, call):
    try:
        result = call()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")

show("invalid mode", lambda: open(path, "rz"))
show("repeated letter", lambda: open(path, "rr"))
show("text and binary", lambda: open(path, "tb"))
show("two kinds", lambda: open(path, "rw"))
show("no kind", lambda: open(path, "b"))
show("binary with encoding", lambda: open(path, "rb", encoding="utf-8"))
show("binary with newline", lambda: open(path, "wb", newline=""))
show("unbuffered text", lambda: open(path, "w", buffering=0))
show("mode not str", lambda: open(path, 5))
show("bad file type", lambda: open(3.5))
show("list as file", lambda: open([]))
show("negative fd", lambda: io.FileIO(-1))
show("closefd=False with name", lambda: open(path, "w", closefd=False))
show("FileIO bad mode", lambda: io.FileIO(path, "rw"))
show("FileIO bad letter", lambda: io.FileIO(path, "q"))

with io.FileIO(path, "w") as raw:
    print("FileIO:", raw.mode, raw.closefd, raw.write(b"abcdef"), raw.tell(), raw.seekable())
    print("truncate:", raw.truncate(4), raw.tell())
with io.FileIO(path) as raw:
    buf = bytearray(10)
    print("readinto:", raw.readinto(buf), bytes(buf[:4]), raw.read(), raw.readable(), raw.writable())
    show("write on r", lambda: raw.write(b"x"))
print("closed repr:", repr(raw))

fd = os.open(path, os.O_RDONLY)
with open(fd, "rb", closefd=False) as f:
    print("from fd:", f.read(), f.name == fd, f.raw.closefd)
print("fd still open:", os.read(fd, 1) == b"", os.lseek(fd, 0, 0))
os.close(fd)

seen = []
def opener(name, flags):
    seen.append(os.path.basename(name))
    return os.open(name, flags, 0o644)
with open(os.path.join(base, "opened.txt"), "w", opener=opener) as f:
    f.write("via opener")
print("opener called:", seen, open(os.path.join(base, "opened.txt")).read())
show("opener returns -1", lambda: open(path, opener=lambda n, f: -1))

with open(path, "w+b") as f:
    f.write(b"0123456789")
    f.seek(2)
    print("w+b:", f.read(3), f.tell(), f.raw.mode)
    f.write(b"XY")
    f.seek(0)
    print("w+b after write:", f.read())

dec = io.IncrementalNewlineDecoder(None, translate=True)
print("decoder:", repr(dec.decode("a\r")), repr(dec.decode("\nb\rc")), repr(dec.decode("", final=True)), dec.newlines)
dec2 = io.IncrementalNewlineDecoder(None, translate=False)
print("no translate:", repr(dec2.decode("x\r\ny\n", final=True)), dec2.newlines, dec2.getstate())

for name in os.listdir(base):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print("done")
