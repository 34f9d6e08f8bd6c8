# An instance's __dict__ is live both ways, one object per instance, and replaceable by assignment.
class Point:
    def __init__(self, x):
        self.x = x

p = Point(1)
d = p.__dict__
print(d is p.__dict__, d)
d["y"] = 2
print(p.y, vars(p) is d)
p.z = 3
print(d, len(d), "z" in d)
del d["x"]
print(hasattr(p, "x"), list(d))
d.clear()
print(p.__dict__, hasattr(p, "y"))
p.__dict__ = {"w": 9}
print(p.w, p.__dict__)
try:
    p.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)

class Other:
    def get(self):
        return "other " + str(self.w)

p.__class__ = Other
print(type(p).__name__, p.get(), isinstance(p, Point))
try:
    p.__class__ = int
except TypeError as e:
    print("TypeError:", e)
