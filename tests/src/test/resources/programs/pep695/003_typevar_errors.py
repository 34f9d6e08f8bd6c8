from _typing import TypeVar, ParamSpec, TypeVarTuple
cases = [lambda: TypeVar(), lambda: TypeVar(1), lambda: TypeVar("T", bogus=1),
         lambda: ParamSpec("P", int), lambda: TypeVarTuple(),
         lambda: TypeVar("T", int, str, bound=int),
         lambda: TypeVar("T", covariant=True, infer_variance=True)]
for f in cases:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
T = TypeVar("T", infer_variance=True)
print(repr(T), T.__infer_variance__)
P = ParamSpec("P", bound=int, contravariant=True)
print(repr(P), P.__bound__)
