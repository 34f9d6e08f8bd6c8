# encode/decode with the built-in codecs and every error handler
texts = ["plain", "héllo", "€uro", "😀 smile", "a\udc80b", "a\ud800b"]
codecs = ["utf-8", "latin-1", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "UTF8", "Latin_1", "utf_16"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]
for t in texts:
    for c in codecs:
        for h in handlers:
            try:
                print(ascii(t), c, h, t.encode(c, h))
            except UnicodeEncodeError as e:
                print(ascii(t), c, h, "UnicodeEncodeError:", e)
data = [b"plain", b"h\xc3\xa9llo", b"\xff", b"a\xc3", b"\xc3(", b"\xe2\x82", b"\xe2\x82(", b"\xed\xa0\x80",
        b"\xf0\x9f\x98", b"\xf0\x9f\x98\x80", b"a\x80", b"\xff\xfea\x00", b"\xfe\xff\x00a", b"a", b"\x00\xd8",
        b"\x00\xd8a\x00", b"\x00\xdc", b"ab", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"\xc0\x80", b"\xef\xbb\xbfa"]
dcodecs = ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-8-sig"]
for d in data:
    for c in dcodecs:
        for h in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]:
            try:
                print(d, c, h, ascii(d.decode(c, h)))
            except UnicodeDecodeError as e:
                print(d, c, h, "UnicodeDecodeError:", e)
for bad in ["foo", "utf-9"]:
    try:
        b"a".decode(bad)
    except LookupError as e:
        print("LookupError:", e)
    try:
        "a".encode(bad)
    except LookupError as e:
        print("LookupError:", e)
try:
    "a\xff".encode("ascii", "nosuch")
except LookupError as e:
    print("LookupError:", e)
print("a".encode("utf-8", "nosuch"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", encoding="latin-1"), str(b"\xff", "utf-8", "replace"))
try:
    str("abc", "utf-8")
except TypeError as e:
    print("TypeError:", e)
print(bytes("abc", "ascii"), bytearray("é", "utf-16-le"))
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
"é".encode("ascii")
