# bytes patterns: bytes, bytearray and memoryview subjects; slices are bytes; str/bytes mixing is a TypeError.
import re

p = re.compile(rb"(\w+)=(\d*)")
print(p, p.pattern, p.flags, p.groups)
m = p.search(b"  key=42 x=")
print(m, m.groups(), m.group(0), m.span(2))
print(p.findall(b"a=1 b= c=3"), p.split(b"a=1;b=2"), p.sub(b"-", b"a=1;b=2"))
print(p.findall(bytearray(b"a=1 b= c=3")), p.search(memoryview(b"zz=9")))
m = p.search(bytearray(b"q=7"))
print(m.group(), m.groups(), type(m.string).__name__)
print(re.findall(rb"[\x80-\xff]+", b"ab\x80\x81c\xff"), re.match(rb"(?i)\xe9", b"\xc9"))
print(re.findall(rb"\w+", "é a".encode()), re.findall(rb"\s", b" \t\n\x1c"))
for call in (lambda: p.match("str"), lambda: re.compile("s").match(b"b"), lambda: p.match(1), lambda: re.match("a", ["a"])):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    re.compile(rb"(?u)x")
except re.error as e:
    print("error:", e)
print(re.compile(rb"x", re.I), re.compile(b"x", re.L))
