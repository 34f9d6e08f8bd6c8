# The Ellipsis constant: literal, builtin name, type, repr, truth, identity, use as a placeholder body.
x = ...
print(x, repr(Ellipsis), x is Ellipsis, type(x).__name__, bool(...), [1, ...], str(...))

def stub(): ...

class Protocol:
    def method(self) -> int: ...

print(stub(), Protocol().method(), ... == Ellipsis, ... != None, {...: 1}[Ellipsis])
