def f():
    global a
    def g():
        a = 1
        def h():
            return a
        return h
    return [a for _ in ()], g
def k():
    global b
    return [(b := i) for i in range(3)]
class C:
    global c
    c = [c for c in range(3)]
