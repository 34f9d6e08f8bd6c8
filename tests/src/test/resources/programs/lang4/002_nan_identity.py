# floats compare by identity first inside containers: the same NaN object is found, a new one is not
nan = float("nan")
other = float("nan")
print(nan == nan, nan is nan, nan is other)
print(nan in [nan], other in [nan], [nan] == [nan], [nan] == [other], (nan,) == (nan,))
print([nan, other, nan].count(nan), [other, nan].index(nan))
d = {nan: "first"}
print(d.get(nan), d.get(other), len({float("nan"): 1, float("nan"): 2}), len({nan: 1, nan: 2}))
print({nan} == {nan}, nan in {nan}, other in {nan})
print(float("nan") in [float("nan")], [float("nan")].count(float("nan")))
import struct
print(struct.pack(">d", nan), struct.pack(">d", -other))
print(hash(nan) == hash(nan), repr(nan), repr(-nan))
