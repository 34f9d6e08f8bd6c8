# a Python _RawIOBase subclass that only has readinto gets read, readall, readline and iteration
import _io

class Source(_io._RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        chunk = self.data[self.pos:self.pos + min(len(buffer), 3)]
        buffer[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)

s = Source(b"first line\nsecond\nthird")
print(s.read(2), s.readline(), s.readline(4))
print(list(s))
print(Source(b"all of it\n").readall(), Source(b"xyz").read())
print(Source(b"abc").readlines())
