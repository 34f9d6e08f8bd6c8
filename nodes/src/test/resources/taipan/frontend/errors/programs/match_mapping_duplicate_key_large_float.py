match x:
    case {1e100: a, 1e100: b}:
        pass
