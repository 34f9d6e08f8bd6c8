def lookup(items, i):
    try:
        return items[i]
    except IndexError:
        return missing_default

print(lookup([1], 0))
print(lookup([1], 5))
