while True:
    class C:
        continue
