class C:
    x.__debug__: int
