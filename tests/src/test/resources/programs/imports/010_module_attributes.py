# Module objects: attributes set and deleted from outside, module-level __getattr__ (PEP 562), reprs.
import lazy_mod
import counter_mod
print(lazy_mod.eager, lazy_mod.lazy_thing)
from lazy_mod import lazy_imported, eager
print(lazy_imported, eager)
try:
    lazy_mod.other
except AttributeError as e:
    print("AttributeError:", e)
try:
    from lazy_mod import other
except ImportError as e:
    print("ImportError:", e)
print(hasattr(lazy_mod, "lazy_x"), hasattr(lazy_mod, "nope"))
counter_mod.added = "added from outside"
print(counter_mod.added, getattr(counter_mod, "added"))
counter_mod.value = 100
print(counter_mod.describe())
del counter_mod.added
try:
    counter_mod.added
except AttributeError as e:
    print("AttributeError:", e)
try:
    del counter_mod.added
except AttributeError as e:
    print("AttributeError:", e)
setattr(counter_mod, "via_setattr", 5)
print(counter_mod.via_setattr)
import sys
print(repr(sys), type(lazy_mod).__name__, type(lazy_mod) is type(sys))
