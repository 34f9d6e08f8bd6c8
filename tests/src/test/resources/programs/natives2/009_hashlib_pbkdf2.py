import hashlib, io, _hashlib, _operator
messages = [b"", b"abc", b"The quick brown fox jumps over the lazy dog"]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    print(name, [hashlib.new(name, m).hexdigest()[:16] for m in messages], getattr(hashlib, name)(b"x").digest_size)
print(hashlib.new("SHA256", b"abc").hexdigest()[:16], hashlib.shake_256(b"abc").hexdigest(8))
print(sorted(hashlib.algorithms_guaranteed))
try:
    hashlib.new("nonexistent")
except ValueError as e:
    print("ValueError", e)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 20).hex(), hashlib.pbkdf2_hmac("sha512", b"pw", b"s" * 100, 3, 70).hex())
for bad in [lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0), lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, 0)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(_hashlib.compare_digest(b"abc", b"abc"), _hashlib.compare_digest("a", "b"), _hashlib.compare_digest(bytearray(b"x"), b"x"))
try:
    _hashlib.compare_digest("a", b"a")
except TypeError as e:
    print("TypeError", e)
print(_operator._compare_digest("abc", "abc"), _operator._compare_digest(b"a", b"b"))
