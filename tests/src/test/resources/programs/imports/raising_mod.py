print("raising_mod starts")


def fail():
    raise ValueError("raised inside raising_mod")


fail()
