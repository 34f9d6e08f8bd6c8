# operators of set/dict/list subclasses fall back to the built-in base's own operation
class MySet(set):
    pass
class MyDict(dict):
    pass
class MyList(list):
    pass
s = MySet([1, 2])
print(type(s | {3}).__name__, sorted(s | {3}), sorted({0} | s), sorted(s & {2, 5}), sorted(s - {1}), sorted(s ^ {2, 9}))
m = MyDict(a=1)
print(type(m | {"b": 2}).__name__, m | {"b": 2}, {"z": 0} | m)
l = MyList([1])
print(type(l + [2]).__name__, l + [2], [0] + l, l * 2)
s |= {7}
m |= {"c": 3}
l += [4]
print(type(s).__name__, sorted(s), type(m).__name__, m, type(l).__name__, l)
class Ror(dict):
    def __ror__(self, other):
        return "Ror.__ror__"
print({} | Ror())
try:
    MySet() | 5
except TypeError as e:
    print("TypeError:", e)
