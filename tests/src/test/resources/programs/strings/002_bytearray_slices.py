b = b"hello world"
print(b[1:4], b[::-1], b[::2], b[-3:], b[5:1])
ba = bytearray(b"hello")
ba[0] = 74
print(ba)
ba[1:3] = b"EY"
print(ba)
ba[0:0] = [1, 2]
print(ba)
del ba[0]
del ba[0:1]
print(ba)
ba += b"!!"
print(ba)
ba *= 2
print(ba, ba[::-1], type(ba[1:3]).__name__ if False else "")
ba[::2] = b"abcdefg"
print(ba)
del ba[::2]
print(ba)
try:
    ba[0] = 256
except ValueError as e:
    print("VE", e)
try:
    ba["x"] = 1
except TypeError as e:
    print("TE", e)
try:
    b[0] = 1
except TypeError as e:
    print("TE", e)
try:
    ba[::2] = b"x"
except ValueError as e:
    print("VE", e)
try:
    print(b[100])
except IndexError as e:
    print("IE", e)
print({b"a": 1, b"b": 2}[b"b"], b"x" in {b"x"})
print("%(a)s and %(b)d" % {"a": "A", "b": 7})
print("{0[x]} {0[y][1]}".format({"x": 1, "y": [5, 6]}))
t = str.maketrans({"a": "1", "b": None, 99: 67})
t = str.maketrans({"a": "1", "b": None, 99: 67})
print(t[97], t[98], t[99], "abcd".translate(t))
