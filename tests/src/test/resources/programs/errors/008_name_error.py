def compute():
    return undefined_total + 1

print("start")
compute()
