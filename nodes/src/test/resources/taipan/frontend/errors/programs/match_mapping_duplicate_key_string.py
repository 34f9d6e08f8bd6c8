match x:
    case {"it's": a, "it's": b}:
        pass
