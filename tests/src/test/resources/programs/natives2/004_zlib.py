import zlib
data = b"Taipan zlib round trip " * 50
for level in (-1, 0, 1, 9):
    c = zlib.compress(data, level)
    print(level, zlib.decompress(c) == data, c[:2].hex())
for wbits in (15, -15, 31, 9, -9):
    c = zlib.compress(data, wbits=wbits)
    print(wbits, zlib.decompress(c, wbits=wbits) == data, zlib.decompress(c, wbits=47 if wbits > 15 else wbits) == data)
print(zlib.crc32(b"hello"), zlib.crc32(b"lo", zlib.crc32(b"hel")), zlib.adler32(b"hello"), zlib.adler32(b""), zlib.adler32(b"lo", zlib.adler32(b"hel")))
co = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
stream = co.compress(data[:500]) + co.compress(data[500:]) + co.flush()
do = zlib.decompressobj(-zlib.MAX_WBITS)
out = do.decompress(stream + b"TRAILER", 100)
print(len(out), len(do.unconsumed_tail) > 0, do.eof)
for _ in range(20):
    if do.eof:
        break
    out += do.decompress(do.unconsumed_tail, 300)
print(out == data, do.eof, do.unused_data)
co = zlib.compressobj()
part = co.compress(b"abc") + co.flush(zlib.Z_SYNC_FLUSH)
d = zlib.decompressobj()
print(d.decompress(part), d.eof)
rest = co.compress(b"def") + co.flush()
print(d.decompress(rest), d.eof, d.flush())
for bad in (b"not zlib data", zlib.compress(data)[:-10]):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("zlib.error:", e)
try:
    zlib.compress(b"x", 10)
except zlib.error as e:
    print("zlib.error:", e)
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.DEF_BUF_SIZE)
import gzip
g = gzip.compress(data, mtime=0)
print(gzip.decompress(g) == data, g[:4].hex(), zlib.decompress(g, 31) == data)
