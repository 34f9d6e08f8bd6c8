numbers = ["1", "2", "x3"]
total = 0
for s in numbers:
    total += int(s)
