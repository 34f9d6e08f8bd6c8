if 0:
    break
