# SyntaxError(msg, details): the details tuple becomes attributes; str() shows file and line.
for args in [("bad", ("f.py", 3, 4, "x = = 1\n")), ("bad", ("dir/g.py", 3, 4, "x\n", 3, 5)), ("m", (None, 7, 1, None)),
             ("m", ("h.py", None, None, None)), ("m", [None, None, None, None]), ("plain",)]:
    e = SyntaxError(*args)
    print(repr(str(e)), e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
for bad in [("m", ("f", 1)), ("m", ("f", 1, 2, "t", 5)), ("m", 5)]:
    try:
        SyntaxError(*bad)
    except TypeError as err:
        print("TypeError:", err)
e = IndentationError("ind", ("i.py", 2, 1, "  x\n"))
print(str(e), type(e).__name__, e.lineno)
class MySyntax(SyntaxError):
    pass
print(str(MySyntax("mine", ("m.py", 9, 1, "y\n"))))
