values = [10, 5, 0]
for v in values:
    print(100 // v)
