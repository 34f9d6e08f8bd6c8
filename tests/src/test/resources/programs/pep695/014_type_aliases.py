# type statements: lazily evaluated TypeAliasType values, generic aliases, read-only attributes.
type Ints = list[int]
print(Ints, repr(Ints), type(Ints).__name__, Ints.__name__, Ints.__value__, Ints.__type_params__, Ints.__module__)

type Pair[A, B] = tuple[A, B]
print(Pair.__type_params__, Pair.__value__, Pair[int, str], Pair[int, str].__origin__ is Pair, Pair[int, str].__args__)

type Tree = list[Tree] | int
print(Tree.__value__, Tree | None, None | Tree)

type Later = DefinedLater
try:
    Later.__value__
except NameError as e:
    print("NameError:", e)
DefinedLater = bytes
print(Later.__value__)

try:
    Ints[int]
except TypeError as e:
    print("TypeError:", e)
for attempt in [lambda: setattr(Ints, "__value__", 1), lambda: setattr(Ints, "other", 1)]:
    try:
        attempt()
    except AttributeError as e:
        print("AttributeError")

class Scope:
    Item = str
    type Items = list[Item]
print(Scope.Items.__value__)

from typing import TypeAliasType
made = TypeAliasType("made", int | str)
print(made, made.__value__, made.__type_params__)

def inside():
    type Local[T] = dict[str, T]
    return Local
print(inside().__value__, inside().__type_params__)
type = "the soft keyword is still a name"
print(type)
