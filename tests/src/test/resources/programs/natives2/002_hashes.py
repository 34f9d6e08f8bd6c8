import _md5, _sha1, _sha2, _sha3, _blake2
for c in (_md5.md5, _sha1.sha1, _sha2.sha224, _sha2.sha256, _sha2.sha384, _sha2.sha512, _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s):
    h = c(b'abc')
    h2 = h.copy(); h2.update(b'x' * 300)
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), h2.hexdigest()[:16])
print(_sha3.shake_128(b'abc').hexdigest(40), _sha3.shake_256(b'').hexdigest(300)[-20:])
print(_blake2.blake2b(b'hi', digest_size=20, key=b'k', salt=b's', person=b'p').hexdigest())
print(_blake2.blake2s(b'hi' * 100, digest_size=20, key=b'k' * 32, salt=b's', person=b'p').hexdigest())
print(_blake2.blake2b(b'x'*128, key=b'k'*64).hexdigest()[:20], _blake2.blake2b(b'x'*129).hexdigest()[:20], _blake2.blake2b(b'').hexdigest()[:20])
print(_blake2.blake2b.SALT_SIZE, _blake2.BLAKE2S_MAX_DIGEST_SIZE)
try: _md5.md5('x')
except TypeError as e: print(e)
print(type(_sha2.sha256()))
