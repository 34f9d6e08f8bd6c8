# weakref.proxy forwards attribute access, items, operators and calls to its referent.
import weakref


class Node:
    def __init__(self, v):
        self.v = v

    def __call__(self, x):
        return self.v + x

    def __len__(self):
        return 3


class Box:
    def __init__(self):
        self.items = [3, 1, 2]

    def total(self):
        return sum(self.items)


n = Node(10)
p = weakref.proxy(n)
print(type(p).__name__, p.v, p(5), p.__len__(), callable(p))
p.v = 20
p.extra = "x"
print(n.v, n.extra, p.extra)
del p.extra
print(hasattr(n, "extra"))
b = Box()
q = weakref.proxy(b)
print(type(q).__name__, callable(q), q.total(), q.items)
lst = [5, 6]
try:
    weakref.proxy(lst)
except TypeError as e:
    print("TypeError:", e)


class L(list):
    pass


ll = L([1, 2, 3])
pl = weakref.proxy(ll)
print(pl.__getitem__(0), pl.__len__(), pl.__contains__(2), pl == [1, 2, 3], pl + [4], bool(pl), pl != [1])
pl.__setitem__(0, 9)
pl.__delitem__(1)
print(ll, pl.__str__())


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return self.v + o

    def __lt__(self, o):
        return self.v < o


nn = Num(4)
pn = weakref.proxy(nn)
print(pn + 1, pn < 5)


class Link:
    pass


root = Link()
proxy = weakref.proxy(root)
root.prev = root.next = proxy
print(root.next.next is proxy, root.prev.prev.prev is proxy)
del root, n
import gc
gc.collect()
