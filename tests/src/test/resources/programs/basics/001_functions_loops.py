# Functions with defaults and keywords, loops, lists and f-strings: what the interpreter ran first.
import sys

def scale(x, factor=2):
    return x * factor

total = 0
for i in range(10):
    total += scale(i)
print(total, scale(3, factor=5))

items = [1, 2.5, "three", None, True]
items.append(len(items))
print(items, len(items), items[2], items[-1])

i = 0
while i < 5:
    if i % 2 == 0:
        print(f"{i} is even: {i!r:>4}")
    i += 1

try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
print(sys.version_info[0])
