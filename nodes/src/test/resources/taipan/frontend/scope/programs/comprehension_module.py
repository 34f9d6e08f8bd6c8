xs = [1, 2]
a = [x for x in xs]
b = [(lambda: x) for x in xs]
c = [y for x in xs for y in range(x)]
