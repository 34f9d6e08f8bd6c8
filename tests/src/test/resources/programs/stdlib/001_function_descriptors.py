# The function type's class dict shows its attributes as descriptors (types.py reads them from there).
def f(a, b=2):
    return a + b

FunctionType = type(f)
print(type(FunctionType.__code__).__name__)
print(type(FunctionType.__globals__).__name__)
print(type(FunctionType.__defaults__).__name__)
print(type(FunctionType.__closure__).__name__)
print(f.__defaults__, f.__closure__, f.__globals__ is globals())
print(f.__code__ is f.__code__)
print(f(1))
