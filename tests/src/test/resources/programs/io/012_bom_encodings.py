# Text files in encodings with a BOM: written once, read across chunks, tell/seek positions in bytes.
import os
import time

p = "/tmp/taipan_io_bom_%d_%d.txt" % (os.getpid(), time.monotonic_ns())
for enc in ("utf-16", "utf-32", "utf-8-sig", "utf-16-be"):
    with open(p, "w", encoding=enc) as f:
        f.write("héllo\n")
        f.write("wörld " * 3000 + "\n")
    raw = open(p, "rb").read()
    with open(p, encoding=enc) as f:
        first = f.readline()
        pos = f.tell()
        second = f.readline()
        f.seek(pos)
        again = f.readline()
    print(enc, len(raw), raw[:6], repr(first), len(second), second == again, pos)
os.remove(p)
