# exec/eval: default namespaces, explicit globals and locals, fresh dicts, functions defined by exec
x = 10
print(eval("x + 1"), eval("  x * 2"))
exec("y = x + 5")
print(y)

ns = {}
exec("a = 1\ndef h():\n    return a + b\n", ns)
ns["b"] = 20
print(ns["h"](), sorted(k for k in ns if k != "__builtins__"), type(ns["__builtins__"]).__name__)
print(ns["h"].__module__, ns["h"].__globals__ is ns)


def in_function():
    q = 3
    exec("q = 99\nnew_name = 1")
    return q, eval("q + 1"), "new_name" in locals()


print(in_function())

loc = {}
exec("v = 2\nw = v + x", globals(), loc)
print(loc, "v" in globals())
print(eval("v * w", {}, loc))
print(eval("z", {"z": "from globals"}), eval("z", {"z": 1}, {"z": "locals win"}))

exec("global gl\ngl = 'global statement'", {}, loc)
print("gl" in loc)

restricted = {"__builtins__": {"len": len}}
exec("n = len('abcd')", restricted)
print(restricted["n"])
try:
    exec("print('hidden')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)


class Body:
    exec("made = 'in class body'")
print(Body.made)

for bad in ([], 1):
    try:
        eval("1", bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    exec("1", [])
except TypeError as e:
    print("TypeError:", e)
try:
    exec(1)
except TypeError as e:
    print("TypeError:", e)
try:
    eval("1", {}, 5)
except TypeError as e:
    print("TypeError:", e)
