# str.maketrans and bytes.maketrans are static methods: reached through an instance they take no receiver.
print("abc".maketrans({"a": "x", "b": None}))
print("".maketrans("ab", "cd"), "".maketrans("ab", "cd", "e"))
print(b"".maketrans(b"ab", b"cd")[97:100])
print("hello".translate("hello".maketrans("lo", "01")))
print(type(str.__dict__["maketrans"]).__name__)
try:
    "x".maketrans("ab", {})
except TypeError as e:
    print("TypeError:", e)

# class keywords from ** mappings reach the metaclass and __init_subclass__
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls

opts = {"b": 2, "c": 3}
class A(metaclass=Meta, a=1, **opts):
    pass
print(sorted(A.kw.items()))

class Base:
    def __init_subclass__(cls, **kw):
        cls.seen = kw
class B(Base, **{"x": 1}, y=2):
    pass
print(B.seen)
for bad in ["class C(**1): pass", "class C(a=1, **{'a': 2}): pass", "class C(**{1: 2}): pass"]:
    try:
        exec(bad)
    except TypeError as e:
        print("TypeError:", e)
