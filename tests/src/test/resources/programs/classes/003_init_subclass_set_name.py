# __init_subclass__ with class keywords through super(), __set_name__, and object.__init_subclass__'s check.
registry = []

class Plugin:
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        registry.append((cls.__name__, name))

class Alpha(Plugin, name="alpha"):
    pass

class Beta(Plugin):
    pass

print(registry)
try:
    class Bad(Plugin, name="bad", colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Field:
    def __set_name__(self, owner, name):
        self.where = (owner.__name__, name)

class Model:
    x = Field()
    y = Field()

print(Model.x.where, Model.y.where)
