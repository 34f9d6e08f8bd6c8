class C(metaclass=M, __debug__=1):
    pass
