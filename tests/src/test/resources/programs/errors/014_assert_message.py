def check(n):
    assert n > 0, "n must be positive, got " + str(n)
    return n

check(5)
check(-1)
