# The types types.py takes: frame, traceback, and the descriptors of function's data attributes.
import sys

FunctionType = type(lambda: None)
print(type(FunctionType.__code__).__name__, type(FunctionType.__globals__).__name__)
try:
    raise TypeError
except TypeError as exc:
    print(type(exc.__traceback__).__name__, type(exc.__traceback__.tb_frame).__name__)
print(type(sys._getframe()).__name__)
