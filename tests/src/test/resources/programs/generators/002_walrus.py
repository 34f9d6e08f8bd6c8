# assignment expressions: in conditions, loops, and comprehensions (binding in the enclosing scope)
if (n := 3) > 2:
    print("n is", n)
data = [5, 3, 8, 1]
i = 0
while (item := data[i]) != 8:
    i += 1
print("found", item, "at", i)


def running():
    total = 0
    sums = [total := total + v for v in range(6)]
    return sums, total


print(running())
print([last := q * q for q in range(4)], last)
print([y for x in range(6) if (y := x * x) % 2 == 0], y)


def nested():
    found = None
    result = [[found := (r, c) for c in range(2)] for r in range(2)]
    return result, found


print(nested())
print((z := 4) * z)
