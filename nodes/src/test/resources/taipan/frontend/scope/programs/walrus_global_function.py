counter = 0
def bump(items):
    global counter
    return [(counter := counter + 1) for _ in items]
def outer():
    total = 0
    def inner(items):
        nonlocal total
        return [(total := total + i) for i in items]
    return inner
