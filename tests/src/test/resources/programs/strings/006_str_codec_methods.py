# str methods of this slice: encode, maketrans/translate, format_map, % with a mapping, str(bytes, encoding)
print("naïve €5".encode("cp1252"), b"\x80\x9f".decode("windows-1252"), "é€😀".encode("ascii", "namereplace"))
for bad in ["rot13", "hex"]:
    try:
        "a".encode(bad)
    except LookupError as e:
        print("LookupError:", e)
try:
    b"abc\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    "a€b".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, ValueError))
t = str.maketrans("abc", "xyz", "d")
print(t[97], t[100], "abcdd".translate(t), "hello".translate({104: "J", 108: None}), "x".translate({}))
print("{name} is {age}".format_map({"name": "Ann", "age": 3}), "{0[a]}-{0[b][1]}".format({"a": 1, "b": [2, 3]}))
print("%(x)s %(x)r %(y)05d" % {"x": "v", "y": 42}, "%s" % [1, 2], "abc" % [])
try:
    "%(missing)s" % {"x": 1}
except KeyError as e:
    print("KeyError:", e)
try:
    "{k}".format_map({})
except KeyError as e:
    print("KeyError:", e)
print("a".partition("a"), "x".removeprefix("x"), " x ".strip(None))
for call in ["partition", "strip", "removeprefix"]:
    try:
        if call == "partition":
            "a".partition(None)
        elif call == "strip":
            "a".strip(1)
        else:
            "a".removeprefix(1)
    except TypeError as e:
        print("TypeError:", e)
try:
    "".join(5)
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    "".join(["a", b"b"])
except TypeError as e:
    print("TypeError:", e)
