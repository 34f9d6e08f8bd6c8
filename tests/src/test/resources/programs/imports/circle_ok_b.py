import circle_ok_a
B = "b"


def use_a():
    return circle_ok_a.A
