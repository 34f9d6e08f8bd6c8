# Keyword-only fields of ImportError, NameError and AttributeError, and the errors for other keywords.
for ctor, kw in [(ImportError, dict(name="n", path="p")), (ImportError, dict(name_from="x")),
                 (ModuleNotFoundError, dict(name="m")), (NameError, dict(name="v")), (NameError, dict(obj=1)),
                 (AttributeError, dict(name="a", obj=3)), (AttributeError, dict(path=1)), (ValueError, dict(name=1)),
                 (UnboundLocalError, dict(name="q"))]:
    try:
        e = ctor("msg", **kw)
        print(ctor.__name__, repr(e), e.args, {k: getattr(e, k, '-') for k in ("name", "path", "obj", "name_from", "msg")})
    except TypeError as t:
        print(ctor.__name__, "TypeError:", t)
print(ImportError().msg, ImportError("a", "b").msg, repr(ImportError("a", name="x")))
e = ImportError("m")
e.name = "z"
e.msg = "new"
print(e.name, e.msg, str(e))
print(str(ImportError("a", "b")), repr(str(ImportError())))
a = AttributeError("x")
print(a.name, a.obj)
class MyImp(ImportError):
    pass
class MyImp2(ImportError):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
print(MyImp("x", name="y").name, MyImp2("x", name="y", path="q").path)
for call in (lambda: ImportError(name="a", bad=1), lambda: NameError("x", nm=1), lambda: AttributeError("x", nm=1),
             lambda: AttributeError("x", "y", name=1, obj=2, extra=5), lambda: NameError(name=1, obj=2)):
    try:
        call()
    except TypeError as t:
        print("TypeError:", t)
class Sub(str):
    pass
e = ValueError()
e.add_note(Sub("sub"))
print(type(e.__notes__[0]).__name__, e.__notes__)
