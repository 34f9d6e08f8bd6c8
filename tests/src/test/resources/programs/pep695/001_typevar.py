from _typing import TypeVar, ParamSpec, TypeVarTuple, NoDefault, _idfunc
T = TypeVar("T")
print(T, T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__default__ is NoDefault, T.has_default())
U = TypeVar("U", int, str, covariant=True)
print(U, U.__constraints__)
V = TypeVar("V", bound=int, contravariant=True, default=str)
print(V, V.__bound__, V.__default__, V.has_default())
P = ParamSpec("P")
print(P, type(P), type(P).__module__)
Ts = TypeVarTuple("Ts")
print(Ts, type(Ts).__name__)
print(_idfunc(5), type(NoDefault).__name__)
try:
    TypeVar("X", int)
except TypeError as e:
    print("TypeError", e)
try:
    TypeVar("X", covariant=True, contravariant=True)
except ValueError as e:
    print("ValueError", e)
