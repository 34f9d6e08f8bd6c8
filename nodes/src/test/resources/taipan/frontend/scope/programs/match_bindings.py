def f(x):
    match x:
        case [a, *rest]:
            return a, rest
        case {"k": v, **others}:
            return v, others
        case Point(x=px, y=py) | Point(px, py):
            return px, py
        case (1 | 2) as num:
            return num
        case _:
            return None
