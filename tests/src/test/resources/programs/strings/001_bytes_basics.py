b = b"hello world"
print(b, len(b), b[0], b[-1], b"o w" in b, 111 in b)
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"))
print(b + b"!", b * 2, b"'", b'"', b"a'b\"c", b"\x00\xff\t\n")
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
print(ba, ba.pop(), ba, len(ba))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytearray(range(3)))
print("héllo€😀".encode("utf-8"), "h".encode("utf-16"), "ab".encode("utf-32-be"))
print(b"h\xc3\xa9".decode(), b"\xff".decode("utf-8", "replace"), str(b"abc", "ascii"))
print(b.hex(), b.hex(":", 2), bytes.fromhex("de ad be ef"))
print("%s %d" % ("x", 3), b"%s-%d-%r" % (b"x", 5, b"y"))
print(b"a,b,,c".split(b","), b"  x  ".strip(), b"abc".center(9, b"*"))
for c in b"AB":
    print(c)
print(b"abc" < b"abd", b"abc" == bytearray(b"abc"))
print("abc".translate(str.maketrans("ab", "xy", "c")))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UEE", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UDE", e)
print(repr(b"x"), ascii(b"\xfe"), "é".encode("latin-1"))
