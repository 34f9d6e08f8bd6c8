# Subclasses of built-in classes: their methods work on the instances, which keep attributes of their own.
class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter(a=1)
c["b"] += 2
print(c["a"], c["b"], c["zzz"], sorted(c.items()), isinstance(c, dict), type(c).__name__)

class Stack(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
    def push(self, item):
        self.append(item)

s = Stack("s1")
s.push(1)
s.push(2)
print(s.name, len(s), s[0], s[-1], list(s), s == [1, 2])

class Money(int):
    def __repr__(self):
        return f"${int(self)}"

m = Money(5)
print(m + 1, repr(m), m * 2, m > 3, isinstance(m, int))

class Shout(str):
    def shout(self):
        return self.upper() + "!"

w = Shout("hey")
print(w.shout(), len(w), w + "?", w == "hey", w.startswith("h"))
