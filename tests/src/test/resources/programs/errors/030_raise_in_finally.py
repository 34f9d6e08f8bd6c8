def work():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")

work()
