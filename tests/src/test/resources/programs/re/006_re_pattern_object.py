# re.Pattern: repr with flags, attributes, equality and hashing, copying, generic aliases, scanner, types.
import re, copy

for p in (re.compile("a+"), re.compile("a", re.I | re.M), re.compile("x", re.ASCII), re.compile("(?s)y"),
          re.compile("z", re.X | re.S), re.compile("q" * 300), re.compile("'\"")):
    print(repr(p))
p = re.compile(r"(?P<first>\w+) (?P<last>\w+)|(x)")
print(p.pattern, p.flags, p.groups, p.groupindex, type(p.groupindex).__name__, dict(p.groupindex))
print(re.compile("a").groupindex, type(re.compile("a").groupindex).__name__)
try:
    p.groupindex["x"] = 3
except TypeError as e:
    print("TypeError:", e)
a, b = re.compile("ab+"), re.compile("ab+")
print(a == b, a != b, hash(a) == hash(b), a == re.compile("ab+", re.I), a == "ab+", len({a, b}))
print(copy.copy(a) is a, copy.deepcopy(a) is a)
print(re.Pattern, re.Match, re.Pattern[str], re.Match[bytes], type(a) is re.Pattern)
s = a.scanner("ab abb xab")
print(type(s).__name__, s.pattern is a, s.search(), s.search(), s.match(), s.search())
s = a.scanner("abab")
print(s.match(), s.match(), s.match())
it = a.finditer("ab xabbb ab")
print(type(it).__name__, next(it), list(it))
print(a.match("zab", pos=1), a.fullmatch("abb", endpos=2), a.search(string="xab"))
try:
    re.Pattern()
except TypeError as e:
    print("TypeError:", e)
try:
    a.match()
except TypeError as e:
    print("TypeError:", e)
print(re.compile(a) is a)
try:
    re.compile(a, re.I)
except ValueError as e:
    print("ValueError:", e)
