# a Python subclass of _io._TextIOBase gets iteration, readlines and writelines from the base's readline/write
import _io

class Lines(_io._TextIOBase):
    def __init__(self, lines):
        self.lines = list(lines)
        self.out = []

    def readline(self):
        return self.lines.pop(0) if self.lines else ""

    def write(self, s):
        self.out.append(s)
        return len(s)

src = Lines(["one\n", "two\n", "three\n"])
print(next(src))
print(src.readlines())
src.writelines(["a", "b"])
print(src.out)
src.close()
print(src.closed)

class MyIO(_io.StringIO):
    def __init__(self, text):
        super().__init__(text.upper())

print(MyIO("abc").getvalue(), isinstance(MyIO("x"), _io._TextIOBase))
