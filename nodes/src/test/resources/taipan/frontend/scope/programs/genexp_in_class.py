class C:
    base = 2
    gen = (i * base for i in range(3))
    lst = [i * base for i in range(3)]
