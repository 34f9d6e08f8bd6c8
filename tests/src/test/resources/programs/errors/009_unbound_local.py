def counter():
    if False:
        n = 1
    return n

counter()
