match x:
    case (a | b) as c:
        pass
    case 1:
        pass
