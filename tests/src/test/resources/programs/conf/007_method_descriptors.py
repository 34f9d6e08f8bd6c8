# The methods of built-in classes read from the class are method descriptors; their __get__ binds and checks.
import types, inspect
print(type(str.join).__name__, type("".join).__name__, type(len).__name__, type(dict.__dict__["fromkeys"]).__name__)
print(repr(str.join), str.join.__name__, str.join.__qualname__, dict.fromkeys([1]))
print(str.join.__get__("-")(["a", "b"]), str.join.__get__(None, str) is str.join)
print(inspect.isroutine(str.join), inspect.ismethoddescriptor(str.join), callable(str.join), str.join("-", ["x", "y"]))
print(types.MethodDescriptorType is type(str.join), isinstance(len, types.BuiltinFunctionType),
      isinstance(str.join, types.BuiltinFunctionType))
try:
    class X(type(str.join)):
        pass
except TypeError as e:
    print(e)
class S(str):
    pass
print(str.upper.__get__(S("a"))(), list.append.__get__([]).__name__, int.bit_length.__get__(True)())
for bad in [lambda: str.upper.__get__(5), lambda: list.append.__get__((1,)), lambda: dict.keys.__get__(S())]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(type(int.__dict__["bit_length"]).__name__, type(str.__dict__["maketrans"]).__name__)
