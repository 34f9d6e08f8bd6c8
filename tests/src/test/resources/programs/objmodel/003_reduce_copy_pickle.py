# object.__reduce_ex__ / __reduce__ / __getstate__, copy and pickle of user instances and exceptions.
import copy
import copyreg
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, [2])
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1] == (Point,), r[2], r[3], r[4])
print(p.__getstate__(), Point.__new__(Point).__getstate__())
q = copy.copy(p)
print(q.x, q.y is p.y, copy.deepcopy(p).y is p.y)


class Slots:
    __slots__ = ("a", "b")


s = Slots()
s.a = 1
print(s.__getstate__(), s.__reduce_ex__(2)[2], copy.copy(s).a)


class Both:
    __slots__ = ("a", "__dict__")


b = Both()
b.a = 1
b.extra = 2
print(b.__getstate__())


class NewArgs:
    def __new__(cls, n):
        o = super().__new__(cls)
        o.n = n
        return o

    def __getnewargs__(self):
        return (self.n,)


print(NewArgs(5).__reduce_ex__(2)[1][1:], copy.copy(NewArgs(6)).n)


class KwArgs:
    def __new__(cls, *, k):
        o = super().__new__(cls)
        o.k = k
        return o

    def __getnewargs_ex__(self):
        return (), {"k": self.k}


r = KwArgs(k=3).__reduce_ex__(2)
print(r[0] is copyreg.__newobj_ex__, r[1][1:], copy.copy(KwArgs(k=4)).k)


class BadArgs:
    def __getnewargs__(self):
        return [1]


try:
    BadArgs().__reduce_ex__(2)
except TypeError as e:
    print("TypeError:", e)


class L(list):
    pass


lst = L([1, 2])
lst.tag = "t"
c = copy.deepcopy(lst)
print(type(c).__name__, c, c.tag, list(lst.__reduce_ex__(2)[3]))


class D(dict):
    pass


print(copy.copy(D(a=1)), list(D(a=1).__reduce_ex__(2)[4]))

for obj in (p, s, lst, [1, (2, 3), {"k": {4}}], NewArgs(7)):
    back = pickle.loads(pickle.dumps(obj))
    print(type(back).__name__, getattr(back, "x", None), getattr(back, "n", None))


class Err(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code


e = Err("boom", 7)
print(e.__reduce__()[0] is Err, e.__reduce__()[1:], ValueError("v").__reduce__())
e2 = copy.copy(e)
print(type(e2).__name__, e2.args, e2.code)
e3 = pickle.loads(pickle.dumps(e))
print(e3.args, e3.code)
x = ValueError(1)
x.__setstate__({"note": "n"})
print(x.note)
try:
    x.__setstate__(5)
except TypeError as err:
    print("TypeError:", err)
try:
    copy.copy(__import__("threading").Lock())
except TypeError as err:
    print("TypeError:", err)
