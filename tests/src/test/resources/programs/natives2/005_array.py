import array
print(array.typecodes)
for code, init in [("b", [1, -2, 3]), ("B", [0, 255]), ("h", [-300, 300]), ("H", [65535]), ("i", [1, -1]), ("I", [2**32 - 1]),
                   ("l", [-2**63]), ("L", [2**64 - 1]), ("q", [2**62]), ("Q", [2**64 - 1]), ("f", [1.5, -0.25]), ("d", [3.141592653589793]), ("u", "héllo"), ("w", "wide")]:
    a = array.array(code, init)
    print(a, a.itemsize, a.typecode, len(a), a.tolist() if code not in "uw" else a.tounicode(), a.tobytes().hex())
for code, bad in [("b", 128), ("B", -1), ("h", 2**15), ("H", -1), ("i", 2**31), ("I", -1), ("Q", -1), ("b", 1.5), ("d", "x"), ("u", "ab")]:
    try:
        array.array(code, [bad])
    except (OverflowError, TypeError) as e:
        print(code, type(e).__name__, e)
for bad in ["z", "bb", 3]:
    try:
        array.array(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = array.array("i", range(10))
print(a[2], a[-1], a[2:5], a[::3], a[::-2])
a[0] = 100; a[1:3] = array.array("i", [7, 8, 9]); del a[-2:]; print(a)
a.append(5); a.extend([6, 7]); a.insert(0, -1); a.insert(-1, 42); print(a, a.pop(), a.pop(0), a)
print(a.count(5), a.index(9), 9 in a, 1000 in a); a.remove(9); a.reverse(); print(a)
b = array.array("h", [1, 2, 256]); b.byteswap(); print(b)
c = array.array("B"); c.frombytes(b"\x01\x02"); c.fromlist([3, 4]); print(c, c + c, c * 2, 2 * c)
c += array.array("B", [9]); c *= 2; print(c, c == array.array("B", [1, 2, 3, 4, 9] * 2), c < array.array("B", [1, 3]))
print(array.array("d", [1.0, 2.0]) == array.array("f", [1.0, 2.0]), array.array("i", b"\x01\x00\x00\x00"))
for f in [lambda: a[100], lambda: a.index(12345), lambda: a + array.array("d"), lambda: a + [1], lambda: array.array("i").pop(),
          lambda: array.array("i", b"abc"), lambda: hash(a), lambda: a.__setitem__(slice(0, 4, 2), array.array("i", [1]))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
class MyArray(array.array):
    pass
m = MyArray("i", [1, 2]); print(type(m).__name__, m.tolist(), isinstance(m, array.array))
print(bytes(array.array("H", [1, 2]).tobytes()), list(array.array("d", [0.5])), array.array("u", "xy").tounicode())
import copy
print(copy.copy(a) == a, copy.deepcopy(a) is not a)
