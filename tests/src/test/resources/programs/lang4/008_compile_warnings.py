# SyntaxWarnings the compiler issues through the warnings module, and "error" turning them into SyntaxErrors.
import warnings

def warnings_of(src, mode="eval"):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src, "<src>", mode)
            result = "ok"
        except SyntaxError as e:
            result = "SyntaxError: " + e.msg
    return result, [(w.category.__name__, str(w.message), w.lineno) for w in caught]

for src in [r'"\d"', r'"\d\e"', r'b"\q"', r'"\400"', r'b"\8"', r'"ok\n\t\\"', r'r"\d"', r'rb"\d"',
            r'"\N{BULLET}"', r'b"\N"', r'b"\u1234"', "1if 1 else 2", "0o7or 1", "0b1and 1", "1.5in [1]",
            "[0x1for x in 'a']"]:
    print(repr(src), warnings_of(src))
print(warnings_of("x = 1\nassert (x, 'message')\nassert ()\n", "exec"))
print(warnings_of("def f():\n    return '\\w'\n", "exec"))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in [r'"\d"', "assert (1, 2)", "1if 1 else 2"]:
        try:
            compile(src, "<err>", "exec")
            print(repr(src), "compiles")
        except SyntaxError as e:
            print(repr(src), "->", type(e).__name__, e.msg, e.lineno)
