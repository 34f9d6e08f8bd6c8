# super() forms and the name/obj of AttributeErrors raised by attribute lookups.
def plain():
    return super()
def plain_arg(x):
    return super()
class K:
    def star(*args):
        return super()
    def ok(self):
        return super().__repr__()[:2]
class Left: pass
class Right: pass
for label, f in (("plain", plain), ("plain arg", lambda: plain_arg(1)), ("star", lambda: K().star()),
                 ("types", lambda: super(Left, Right)), ("instance", lambda: super(Left, Right())),
                 ("ok", lambda: K().ok())):
    try:
        print(label, f())
    except (RuntimeError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)

class Config:
    level = 1
    def __init__(self): self.x = 1
class Dyn:
    def __getattr__(self, name):
        raise AttributeError("dynamic " + name)
class Slotted:
    __slots__ = ("a",)
import types
mod = types.ModuleType("m")
def describe(obj):
    return obj.__name__ if isinstance(obj, (type, types.ModuleType)) else type(obj).__name__
for label, f in (("instance", lambda: Config().y), ("class", lambda: Config.y), ("int", lambda: (1).y),
                 ("module", lambda: mod.y), ("getattr", lambda: Dyn().y), ("slot", lambda: Slotted().a),
                 ("setattr int", lambda: setattr(1, "y", 2)), ("builtin name", lambda: setattr(len, "__name__", "n")),
                 ("getattr()", lambda: getattr(Config(), "zz")), ("super", lambda: super(Config, Config()).zz)):
    try:
        f()
    except AttributeError as e:
        print(label, repr(str(e)), e.name, describe(e.obj) if e.obj is not None else None)

import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.seen = sorted(getattr(cls, "__abstractmethods__", ()))
class Impl(Base):
    def f(self): return 1
print(Impl.seen, sorted(Base.__abstractmethods__), hasattr(int, "__abstractmethods__"))

class StrSub(str):
    pass
class R:
    def __repr__(self): return StrSub("r!")
class BadR:
    def __repr__(self): return 1
print(repr(R()), type(repr(R())).__name__, str(R()))
for f in (lambda: str(BadR()), lambda: repr(BadR())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
