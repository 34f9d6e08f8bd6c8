import circle_ok_b
A = "a"


def use_b():
    return circle_ok_b.B + circle_ok_b.use_a()
