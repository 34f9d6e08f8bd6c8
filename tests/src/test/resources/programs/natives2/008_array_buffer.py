import array
arr = array.array("h", [1, -2, 3])
av = memoryview(arr)
print(av.format, av.itemsize, av.tolist(), av[1], len(av), av.nbytes, av.obj is arr, av.readonly)
av[1] = 20
print(arr.tolist(), bytes(arr), bytearray(array.array("B", [65, 66])), bytes(av))
try:
    arr.append(4)
except BufferError as e:
    print("BufferError:", e)
av.release()
arr.append(4)
print(arr, memoryview(arr).tolist())
d = array.array("d", [0.5, 1.5])
m = memoryview(d)
m[0] = 2.25
print(d, m.format, m.cast("B").nbytes)
m.release()
q = array.array("Q", [2**64 - 1])
print(memoryview(q).tolist(), memoryview(array.array("i", [-7])).tobytes())
