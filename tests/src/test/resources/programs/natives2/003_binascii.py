import binascii
for n in range(6):
    enc = binascii.b2a_base64(b"xyz!"[:n] * 3)
    print(enc, binascii.a2b_base64(enc), binascii.b2a_base64(b"ab"[:n % 3], newline=False))
print(binascii.a2b_base64(b"aGVs!!bG8="), binascii.a2b_base64("aGVsbG8="))
for bad, strict in [(b"abc", False), (b"a", False), (b"aGVs!!bG8=", True), (b"=aGk=", True), (b"aGk=x", True), (b"aG=k", True)]:
    try:
        binascii.a2b_base64(bad, strict_mode=strict)
    except binascii.Error as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b"\x00\x10\xff"), binascii.hexlify(b"\x01\x02\x03", "-"), binascii.b2a_hex(b"\x01\x02\x03\x04\x05", ":", 2),
      binascii.b2a_hex(b"\x01\x02\x03\x04\x05", b" ", -2))
print(binascii.unhexlify("deadBEEF"), binascii.a2b_hex(b"00ff"))
for bad in ["abc", "zz", "é0"]:
    try:
        binascii.unhexlify(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b"x", -1))
print(binascii.crc_hqx(b"123456789", 0xFFFF), binascii.crc_hqx(b"", 7))
print(binascii.b2a_qp(b"caf\xe9 = ok"), binascii.a2b_qp(b"caf=E9 =3D ok"), binascii.b2a_qp(b"a_b c", header=True))
print(binascii.b2a_qp(b"x" * 100), binascii.b2a_qp(b"line \nnext\t\n"), binascii.a2b_qp(b"soft=\nbreak=\r\nend_x", header=True))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
try:
    binascii.b2a_base64("text")
except TypeError as e:
    print("TypeError", e)
