# Keyword arguments to built-in functions and methods, and the TypeErrors of bad calls to them.
print("a", "b", sep="-", end="!\n")
print("a,b".split(sep=","), "a,b,c".split(",", maxsplit=1), "a b c".rsplit(maxsplit=1))
print("x\ny\n".splitlines(keepends=True), int("ff", base=16), int("11", 2))

def attempt(label, thunk):
    try:
        thunk()
        print(label, "-> ok")
    except TypeError as e:
        print(label, "->", e)

attempt("len(obj=1)", lambda: len(obj=1))
attempt("'a'.split(sepp=',')", lambda: "a".split(sepp=","))
attempt("print(1, sepp=2)", lambda: print(1, sepp=2))
attempt("len()", lambda: len())
attempt("len(1, 2)", lambda: len(1, 2))
attempt("'a'.split(',', 1, 2)", lambda: "a".split(",", 1, 2))
attempt("int(x='1')", lambda: int(x="1"))
attempt("'a'.split(',', sep=',')", lambda: "a".split(",", sep=","))
attempt("print(sep=1)", lambda: print(sep=1))
