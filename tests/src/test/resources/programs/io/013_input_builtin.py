# input(): the prompt goes to sys.stdout (str() of any object), one line comes from sys.stdin without its newline,
# an empty read is EOFError, a lost stream is RuntimeError; a readline that returns bytes gives bytes, anything
# else is TypeError.
import io
import sys

real_in, real_out = sys.stdin, sys.stdout
sys.stdin = io.StringIO("first line\nsecond\nlast without newline")
captured = io.StringIO()
sys.stdout = captured
a = input("name? ")
b = input(42)
c = input()
try:
    input("more? ")
    d = "no error"
except EOFError as e:
    d = repr(e)
sys.stdout = real_out
print(repr(a), repr(b), repr(c), d)
print(repr(captured.getvalue()))

sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError:", e)


class Lines:
    def __init__(self, *lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0)


sys.stdin = Lines(b"raw\n", b"", 5)
print(repr(input()))
for _ in range(2):
    try:
        input()
    except (EOFError, TypeError) as e:
        print(type(e).__name__, e)
sys.stdin = real_in
