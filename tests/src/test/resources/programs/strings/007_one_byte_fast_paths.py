# str.split() on whitespace, lower/upper/capitalize and dict lookups with str and tuple keys: the one-byte
# (Latin-1) fast paths must agree with the general ones.
texts = ["", "   ", "one", "  Hello World\tfoo\nbar  ", "a\x85b\xa0c\x1cd\x1fe\x0bf\x0cg\rh",
         "caf\xe9 na\xefve \xff", "mixed \u4e16\u754c and \u03a3\u03c3 words", "x\u2003y\u3000z"]
for t in texts:
    print(repr(t.split()), repr(t.split(None, 1)), repr(t.split(maxsplit=0)), repr(t.rsplit(None, 1)))
words = "Hello World foo".split()
print(words[0] is not None, [w for w in "  single  ".split()])
s = "abc"
print(s.split()[0] == s, len(s.split()))

for w in ["", "a", "Z", "hello", "HELLO", "MiXeD 123 _@[`{", "\xe9t\xe9", "\u0130stanbul", "stra\xdfe", "\u03a3A\u03a3"]:
    print(repr(w.lower()), repr(w.upper()), repr(w.capitalize()), w.lower() == w.lower().lower())

d = {}
keys = ["", "a", "abc", "abc".upper().lower(), "".join(["a", "b", "c"]), "x" * 40, "caf\xe9", "\u4e16"]
for i, k in enumerate(keys):
    d[k] = d.get(k, 0) + i
print(sorted(d.items()))
print("abc" in d, "ab" + "c" in d, "abd" in d, d["abc"], d.setdefault("new", 7), d.setdefault("a", 99))
print(hash("") == 0, hash("abc") == hash("ab" + "c"), hash(("a", "b")) == hash(tuple("ab")))

pairs = {}
text = "the cat and the dog and the cat".split()
for a, b in zip(text, text[1:]):
    pairs[(a, b)] = pairs.get((a, b), 0) + 1
print(sorted(pairs.items()))
print(("the", "cat") in pairs, ("the", "cow") in pairs, pairs[("and", "the")], (1, 2) in pairs)

class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, other):
        print("eq", self.n, getattr(other, "n", other))
        return isinstance(other, Key)

m = {(Key(1), "s"): "first", ("s", 1): "int", ("s", 1.0): "float?"}
print(m[(Key(2), "s")], m[("s", 1)], len(m), m.get(("s", True)))
m[("a", ("b", "c"))] = "nested"
print(m[("a", ("b",) + ("c",))], m.get(("a", ("b", "d"))))

try:
    {}.get(["unhashable"])
except TypeError as e:
    print(e)
try:
    {}[("ok", ["unhashable"])] = 1
except TypeError as e:
    print(e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(repr(e))
print(max([(3, "b"), (3, "a"), (2, "z")]), sorted([(2, "a"), (1, "b"), (2 ** 70, "c"), (-1, "d"), (True, "e")]))
