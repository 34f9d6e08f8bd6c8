match x:
    case [a, (1 as a) | (2 as a)]:
        pass
