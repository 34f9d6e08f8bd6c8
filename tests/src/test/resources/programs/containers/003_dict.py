# dict: displays, constructor forms, methods, views, operators and errors.
d = {"b": 1, "a": 2, "c": 3}
d["d"] = 4
d["a"] = 20
print(d, list(d), len(d))
del d["b"]
d["b"] = 100
print(list(d.items()))
k = {1: "int"}
k[1.0] = "float"
k[True] = "bool"
print(k, k[1], k[1.0], k[True])
print({0: "zero", -0.0: "neg zero float"})
print(dict(), dict([("x", 1), ("y", 2)]), dict({"k": "v"}), dict([["l", 1]]), dict(((1, 2),)))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], "v"))
for bad in [[("a", 1, 2)], [1, 2], ["ab", "c"]]:
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
e = {"x": 1}
print(e.get("x"), e.get("y"), e.get("y", "default"))
try:
    e["missing"]
except KeyError as err:
    print("KeyError:", err, repr(err))
try:
    {}[("tuple", "key")]
except KeyError as err:
    print("tuple key error:", err)
try:
    {}[[1]]
except TypeError as err:
    print("unhashable key:", err)
sd = {}
print(sd.setdefault("a", []), sd.setdefault("a", ["ignored"]), sd.setdefault("n"), sd)
pp = {"a": 1, "b": 2, "c": 3}
print(pp.pop("a"), pp.pop("zz", "dflt"), pp)
try:
    pp.pop("zz")
except KeyError as err:
    print("pop missing:", err)
print(pp.popitem(), pp.popitem(), pp)
try:
    pp.popitem()
except KeyError as err:
    print("popitem empty:", err)
u = {"a": 1}
u.update({"b": 2})
u.update([("c", 3)])
print(u)
x = {"a": 1, "b": 2}
y = {"b": 20, "c": 30}
print(x | y, y | x, x)
x |= y
print(x)
x |= [("d", 4)]
print(x)
try:
    x | [("e", 5)]
except TypeError as err:
    print("TypeError:", err)
orig = {"l": [1]}
cp = orig.copy()
cp["l"].append(2)
cp["new"] = 1
print(orig, cp)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {} == dict(), {1: 2} != {1: 3})
try:
    {"a": 1} < {"a": 2}
except TypeError as err:
    print("TypeError:", err)
cp.clear()
print(cp, len(orig), bool({}), bool({0: 0}))
print("l" in orig, [1, 2] in orig.values(), ("l", [1, 2]) in orig.items(), "l" in orig.keys())
v = {"a": 1, "b": 2}
print(v.keys(), v.values(), v.items(), len(v.keys()))
for kv in v.items():
    print(kv, kv[0], kv[1])
r = {}
r["self"] = r
print(r)
print({**{"a": 1}, "b": 2, **{"a": 3}})
try:
    print({**[1]})
except TypeError as err:
    print("TypeError:", err)
it = {"a": 1, "b": 2}
try:
    for key in it:
        it["c"] = 3
except RuntimeError as err:
    print("RuntimeError:", err)
