from ..units import convert
PI = 3


def area(r):
    return convert(PI * r * r)
