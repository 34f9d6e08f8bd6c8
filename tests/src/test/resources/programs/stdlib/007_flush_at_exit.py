# A file opened for writing and never closed keeps its data when the program ends, normally or by an uncaught
# exception: the buffers are flushed at exit, as CPython does. A child interpreter writes, the parent reads
# (two children only: each is a whole interpreter start-up, and the program has a time limit).
import os
import subprocess
import sys
import tempfile

child = """
import sys
text = open(sys.argv[1], "w")
text.write("written, never closed\\n")
text.write("second line")
data = open(sys.argv[1] + ".bin", "wb")
data.write(b"bytes too")
buffered = open(sys.argv[1] + ".big", "w", buffering=1 << 16)
buffered.write("x" * 1000)
if sys.argv[2] == "raise":
    raise RuntimeError("boom")
"""
folder = tempfile.mkdtemp(prefix="flush_at_exit_")
for how in ("normal", "raise"):
    name = os.path.join(folder, how)
    result = subprocess.run([sys.executable, "-c", child, name, how], capture_output=True, text=True)
    print(how, "status", result.returncode, "last stderr line:", result.stderr.strip().splitlines()[-1:])
    with open(name) as f:
        print("  text:", repr(f.read()))
    with open(name + ".bin", "rb") as f:
        print("  binary:", f.read())
    with open(name + ".big") as f:
        print("  big buffer:", len(f.read()))
    for suffix in ("", ".bin", ".big"):
        os.remove(name + suffix)
os.rmdir(folder)
