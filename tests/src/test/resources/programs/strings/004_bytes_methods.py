b = b"  Hello, World! hello  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"), b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize())
print(b.split(), b.split(b","), b.split(None, 1), b.rsplit(None, 1), b.rsplit(b"l", 2), b"a,b,,c".split(b",", 2))
print(b.partition(b","), b.rpartition(b"l"), b.partition(b"zz"), b.rpartition(b"zz"))
print(b.find(b"l"), b.rfind(b"l"), b.find(b"l", 5), b.find(b"l", -5, -1), b.count(b"l"), b.count(b""), b.find(108))
print(b.index(b"W"), b.rindex(b"o"), b.startswith(b"  H"), b.endswith((b"x", b"o  ")), b.startswith(b"H", 2))
print(b"abc".center(8), b"abc".ljust(6, b"-"), b"abc".rjust(6, b"0"), b"-42".zfill(6), b"+7".zfill(4), b"x".zfill(0))
print(b"a\tbc\td".expandtabs(), b"a\tbc\td".expandtabs(3), b"line1\nline2\r\nline3".splitlines(), b"x\ny\n".splitlines(True))
print(b"abc123".isalnum(), b"abc".isalpha(), b"123".isdigit(), b"abc".islower(), b"ABC".isupper(), b" \t".isspace(),
      b"Hello World".istitle(), b"\x80".isascii(), b"".isalpha(), b"hello world".title())
print(b"-".join([b"a", b"b", bytearray(b"c")]), bytearray(b", ").join((b"x", b"y")), b"".join([]))
print(b"hello".replace(b"l", b"L"), b"hello".replace(b"l", b"L", 1), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2))
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), b"x".removeprefix(b"y"))
print(b"\x00\xffab".hex(), b"abcdef".hex("-"), b"abcdef".hex(":", -2), bytes.fromhex("00 ff 10"), bytearray.fromhex("abcd"))
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), b"aabbcc".translate(table), b"aabbcc".translate(table, b"b"), b"hello".translate(None, b"l"))
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(b"copy"), bytes(bytearray(b"ba")), bytes(range(65, 70)), bytearray(2))
print(b"%s|%5s|%-5s|%d|%x|%c|%c|%r|%a|%%" % (b"x", b"ab", b"cd", 42, 255, 65, b"z", b"q", "é"))
print(b"abc" < b"abd", b"abc" <= b"ab", b"b" > b"abc", b"" == b"", b"a" != bytearray(b"a"), b"\xff" > b"\x7f")
print(list(b"abc"), len(b""), b"abc" * 0, 3 * b"ab", b"a" + bytearray(b"b"), bytearray(b"a") + b"b", bool(b""), bool(b"\x00"))
for args in [(-1,), ("x",), (1.5,), ([256],), (["a"],), (None,)]:
    try:
        bytes(args[0])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b"abc".find("a")
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" in b"abc"
except TypeError as e:
    print("TypeError:", e)
try:
    300 in b"abc"
except ValueError as e:
    print("ValueError:", e)
try:
    b"%s" % 5
except TypeError as e:
    print("TypeError:", e)
try:
    bytes.fromhex("0g")
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc".split(b"")
except ValueError as e:
    print("ValueError:", e)
try:
    b"a".startswith("a")
except TypeError as e:
    print("TypeError:", e)
