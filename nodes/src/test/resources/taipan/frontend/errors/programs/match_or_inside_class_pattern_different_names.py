match x:
    case C(a) | C(b):
        pass
