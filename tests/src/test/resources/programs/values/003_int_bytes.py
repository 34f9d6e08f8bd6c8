# int.to_bytes / int.from_bytes with defaults, keywords, signedness and errors; int() and float() of bytes.
for n in [0, 1, 255, 256, 65535, 2 ** 64]:
    size = max(1, (n.bit_length() + 7) // 8)
    print(n, n.to_bytes(size, "big").hex(), n.to_bytes(size, "little").hex())
print((65).to_bytes(), int.from_bytes(b"\x01\x00"), (258).to_bytes(length=2, byteorder="little"))
for n in [-1, -128, -129, 127, 128]:
    try:
        print(n, n.to_bytes(1, "big", signed=True))
    except OverflowError as e:
        print(n, "OverflowError", e)
for call in [lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(-1, "big"), lambda: (1).to_bytes(2, "middle"),
             lambda: (5).to_bytes(2, byteorder=1), lambda: int.from_bytes("abc", "big"), lambda: int.from_bytes([256])]:
    try:
        call()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\xff\xfe", "little", signed=True), int.from_bytes([1, 2, 3], "little"), (5).from_bytes(b"\x07"))
print(int(b"42"), int(bytearray(b" 17 ")), int(b"ff", 16), float(b"2.5"), float(bytearray(b"-0.5")))
for bad in [b"\xff", b"1.5"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
print(ord(b"A"), ord(bytearray(b"z")))
