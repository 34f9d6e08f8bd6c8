match x:
    case [1, 2] as __debug__:
        pass
