def f():
    v = 1
    class A:
        class B:
            def g(self):
                return v
    return A
