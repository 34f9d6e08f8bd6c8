# Function attributes: names, qualified names of nested functions, methods and lambdas, defaults
# (rebindable), docstrings (cleaned as 3.13 does), annotations, arbitrary attributes, the code object.

def documented(a, b=2, *args, c, d=4, **kw) -> int:
    """Summary line.

        Indented detail.
    Back at the margin.
    """
    return a

print(documented.__name__, documented.__qualname__, documented.__module__)
print(repr(documented.__doc__))
print(documented.__defaults__, documented.__kwdefaults__, documented.__annotations__)

def outer():
    def inner():
        pass
    return inner

class Holder:
    def method(self):
        pass
    class Nested:
        def deep(self):
            pass

print(outer().__qualname__, Holder.method.__qualname__, Holder.Nested.deep.__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__, outer.__doc__)
print(repr(outer()).startswith("<function outer.<locals>.inner at 0x"))

def plain(a, b=1):
    return a, b
plain.__defaults__ = (5, 6)
print("new defaults:", plain(), plain(0))
plain.__defaults__ = None
try:
    plain()
except TypeError as e:
    print("no defaults:", e)

def kw(*, key="k", flag=False):
    return key, flag
kw.__kwdefaults__ = {"key": "K", "flag": True}
print("new kwdefaults:", kw(), kw.__kwdefaults__)

plain.__name__ = "renamed"
plain.__qualname__ = "Somewhere.renamed"
plain.__doc__ = "set later"
plain.tag = "custom"
plain.count = 0
plain.count += 1
print(plain.__name__, plain.__qualname__, plain.__doc__, plain.tag, plain.count, plain.__dict__)
try:
    plain.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    plain.missing
except AttributeError as e:
    print("AttributeError:", e)

co = documented.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_nlocals, co.co_firstlineno, co.co_filename.endswith("007_function_attributes.py"))

def decorator(fn):
    return fn

@decorator
def decorated():
    pass
print("decorated firstlineno is the decorator's:", decorated.__code__.co_firstlineno)

def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump
b = counter()
print(b.__code__.co_freevars, counter.__code__.co_cellvars, type(b.__closure__[0]).__name__)
b.__closure__[0].cell_contents = 41
print("cell written:", b())
