# isinstance() with user classes whose __class__ is a property, including a class that gains or loses one
# after isinstance() has already answered for its instances (the per-class flag must be reset).


class A:
    pass


class B:
    pass


class Fake:
    @property
    def __class__(self):
        return A


class SubFake(Fake):
    pass


def check(label, value, cls):
    print(label, isinstance(value, cls))


for _ in range(3):
    check("fake is A", Fake(), A)
    check("fake is Fake", Fake(), Fake)
    check("fake is B", Fake(), B)
    check("subfake is A", SubFake(), A)
    check("b is A", B(), A)

# a class without an override, checked many times, then given a base that has one (and back)
class Base:
    pass


class Child(Base):
    pass


c = Child()
for i in range(200):
    if isinstance(c, A):
        print("wrong at", i)
print("child is A before", isinstance(c, A))
Child.__bases__ = (Fake,)
print("child is A after its base became Fake", isinstance(c, A))
print("child is Child still", isinstance(c, Child))
Child.__bases__ = (Base,)
print("child is A after going back", isinstance(c, A))
# tuples of classes and a property raising AttributeError
class Raising:
    @property
    def __class__(self):
        raise AttributeError("no")


print("raising", isinstance(Raising(), (A, B)), isinstance(Raising(), Raising))
print("tuple", isinstance(Fake(), (B, A)), isinstance(B(), (A, Fake)))
