# The module type: type(sys) makes empty modules, which sys.modules can then make importable.
import sys
ModuleType = type(sys)
made = ModuleType("made_here")
print(made, made.__name__, made.__doc__, made.__package__, made.__spec__, made.__loader__)
print(ModuleType("with_doc", "the doc").__doc__)
made.answer = 42
sys.modules["made_here"] = made
import made_here
from made_here import answer
print(made_here is made, answer)
try:
    ModuleType()
except TypeError as e:
    print("TypeError:", e)
try:
    ModuleType(3)
except TypeError as e:
    print("TypeError:", e)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__ + ":", e)
del sys.modules["made_here"]
try:
    import made_here
except ImportError as e:
    print(type(e).__name__ + ":", e)
print(sys.modules["__main__"].ModuleType is ModuleType, "sys" in sys.modules, "builtins" in sys.modules)
print(type(sys.path).__name__, type(sys.modules).__name__, type(sys.meta_path).__name__, type(sys.path_hooks).__name__)
