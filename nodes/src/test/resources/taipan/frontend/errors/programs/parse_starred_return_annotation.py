def f() -> *a:
    pass
