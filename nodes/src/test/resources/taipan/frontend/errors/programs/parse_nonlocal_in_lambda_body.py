lambda: nonlocal x
