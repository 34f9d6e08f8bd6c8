for x.__debug__ in y:
    pass
