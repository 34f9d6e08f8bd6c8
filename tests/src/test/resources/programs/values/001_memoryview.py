# memoryview basics over bytes and bytearray: items, slices, writes through, casts, release, equality, hash.
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

data = bytearray(b"abcdefgh")
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides, mv.readonly, mv.nbytes)
print(bytes(mv[2:5]), mv[::2].tobytes(), mv[::-1].tobytes(), mv[1:7:3].tolist(), mv[2:5].shape)
mv[0] = ord("A")
mv[1:3] = b"BC"
print(data, mv.obj is data)
show("wrong length", lambda: mv.__setitem__(slice(0, 2), b"xyz"))
show("out of range", lambda: mv.__setitem__(0, 256))
show("str item", lambda: mv.__setitem__(0, "x"))
show("bad index", lambda: mv[100])
show("resize", lambda: data.append(1))
ro = memoryview(b"hello")
print(ro.readonly, ro.tobytes(), ro.tolist(), ro.hex(), ro.hex(":"))
show("write readonly", lambda: ro.__setitem__(0, 1))
show("of str", lambda: memoryview("text"))
raw = bytearray(range(8))
print(memoryview(raw).cast("H").tolist(), memoryview(bytearray([255, 1])).cast("b").tolist())
show("bad cast", lambda: memoryview(bytearray(3)).cast("i"))
print(memoryview(b"abc") == b"abc", memoryview(b"abc") == memoryview(bytearray(b"abc")), memoryview(b"ab") != b"ax")
with memoryview(bytearray(b"xyz")) as view:
    print(view.tobytes())
show("after release", lambda: view.tobytes())
print(hash(memoryview(b"abc")) == hash(b"abc"), list(memoryview(b"hi")), bytes(memoryview(b"q")))
show("hash writable", lambda: hash(memoryview(bytearray(b"x"))))
print(b"-".join([b"x", memoryview(b"z")]), b"xy" + memoryview(b"z"), int.from_bytes(memoryview(b"\x10\x00"), "little"))
