# sub/subn with templates, callables, counts and bytes; template errors come from re._parser.
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<a>\d)(?P<b>\d)", r"\g<b>\g<a>", "1234"))
print(re.sub(r"(\d)", r"\g<1>0", "1 2"))
print(re.sub(r"x", r"\\", "axb"), re.sub(r"x", "\\t", "axb") == "a\tb")
print(re.sub(r"(a)|(b)", r"[\1|\2]", "ab"))
print(re.subn(r"\s+", " ", "a  b   c    d", count=2))
print(re.sub("", "-", "abc"))
print(re.sub(r"\b", "|", "hi you"))

calls = []
def repl(m):
    calls.append(m.span())
    return str(len(m.group()))
print(re.sub(r"[a-z]+", repl, "abc de f"), calls)
print(re.sub(r"\d", lambda m: None, "a1b2"))

print(re.compile(rb"(\d+)").sub(rb"<\1>", b"a12b3"), re.compile(rb"\s").subn(b"", b" a b "))
print(re.compile(rb"a").sub(lambda m: b"A", bytearray(b"banana")))

for pattern, template in ((r"(a)", r"\2"), (r"(a)", r"\g<x>"), (r"a", "\\q"), (r"(?P<n>a)", r"\g<1n>")):
    try:
        re.sub(pattern, template, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub("a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(b"a").sub("x", b"a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub("a", "x", b"a")
except TypeError as e:
    print("TypeError:", e)
m = re.match(r"(\w)(\w)?", "a")
print(repr(m.expand(r"\1-\2-")))
