# re.Match: groups by number and name, spans, defaults, lastindex/lastgroup, regs, expand, repr.
import re

m = re.search(r"(?P<key>\w+)=(?P<value>\d*)(;)?", "  width=42;")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("value"), m.group(1, "key", 3))
print(m[0], m[1], m["key"])
print(m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.start(2), m.end("value"), m.span(3))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re.pattern, m.string)
print(m.regs)
print(m.expand(r"\g<value> of \1 (\g<0>)"))

m = re.match(r"(a)(b)?(c)?", "a")
print(m.groups(), m.groups("-"), m.span(2), m.start(3), m.lastindex, m.lastgroup)
m = re.match(r"(?P<x>a)|(?P<y>b)", "b")
print(m.lastgroup, m.lastindex, m.groupdict(), m.groupdict(0))
m = re.match(r"((a)b)", "ab")
print(m.lastindex, m.regs)

for bad in (4, -1, "nope", 2.0):
    try:
        re.match(r"(a)(b)", "ab").group(bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

m = re.compile(r"o+").search("foo boo", 2, 6)
print(m, m.pos, m.endpos)
print(re.compile(r"o").match("foo", 1), re.compile(r"^o").search("foo", 1), re.compile(r"o$").search("foo", 0, 2))
print(re.compile("a").search("a" * 60 + "b") is not None)
print(re.search("a+", "x" + "a" * 60))
print(repr(re.search("x", "\u20ac x")), re.search(b"b", b"abc"))
print(bool(re.match("a", "a")), type(m).__name__, type(m).__module__)
import copy
print(copy.copy(m) is m, copy.deepcopy(m) is m)
