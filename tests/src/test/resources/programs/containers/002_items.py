# Item assignment and deletion, augmented item assignment, and their errors.
l = [1, 2, 3]
l[0] = "a"
l[-1] = 3.5
l[True] = "t"
print(l)
try:
    l[3] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    l["x"] = 0
except TypeError as e:
    print("TypeError:", e)
del l[0]
print(l)
try:
    del l[5]
except IndexError as e:
    print("IndexError:", e)
x = [1.0, 2.0, 3.0]
x[1] += 0.5
x[2] *= 2
print(x)
d = {"a": 1}
d["b"] = 2
d["a"] += 10
print(d)
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
t = (1, 2)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError:", e)
m = [[0, 0], [0, 0]]
m[1][0] = 5
m[0][1] += 7
print(m)
nested = {"k": [1, 2]}
nested["k"][1] = "two"
print(nested)
l2 = [1]
alias = l2
l2 += [2, 3]
l2 *= 2
print(l2, alias is l2)
t2 = (1,)
t3 = t2
t2 += (2,)
print(t2, t3)
