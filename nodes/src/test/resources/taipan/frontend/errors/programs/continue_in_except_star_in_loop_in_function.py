def f():
    for x in y:
        try:
            pass
        except* E:
            continue
