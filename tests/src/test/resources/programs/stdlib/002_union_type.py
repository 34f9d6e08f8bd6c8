# PEP 604: X | Y on classes makes a types.UnionType (types.py takes UnionType from int | str).
u = int | str
print(type(u).__name__, type(int | None) is type(u))
print(type(list[int] | None).__name__)
print(type(u | float).__name__)
class A: pass
print(type(A | int).__name__)
print(type(None | int).__name__)
try:
    int | 3
except TypeError as e:
    print('TypeError', e)
print(3 | 5, {1} | {2})
print(int == int, int != str)
