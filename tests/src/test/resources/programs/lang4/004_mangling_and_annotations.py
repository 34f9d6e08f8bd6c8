# private names are mangled in names and attributes; module and class bodies record simple annotations
class Box:
    __secret = "s"
    def __init__(self):
        self.__value = 42
    def get(self):
        __local = self.__value
        return __local, self.__secret, Box.__secret
    def __repr__(self):
        return "Box()"
b = Box()
print(b.get(), sorted(k for k in vars(b)), "_Box__secret" in Box.__dict__)
print(Box.get.__code__.co_varnames)
try:
    b.__value
except AttributeError as e:
    print("AttributeError:", e)
class _Under:
    __x = 1
print([k for k in _Under.__dict__ if k.endswith("__x")])
count: int = 3
label: str
print(__annotations__, "label" in globals())
class Point:
    x: int
    y: "float" = 0.5
    __hidden: bool
print(Point.__annotations__, Point.y)
class Plain:
    pass
print(Plain.__annotations__, "__annotations__" in Plain.__dict__)
def f():
    local: int = 1
    return local
print(f(), f.__annotations__)
