# Importing a .py module beside the script: its body runs once, in its own namespace.
import counter_mod
import counter_mod as again
print(counter_mod.value, counter_mod.runs, again is counter_mod)
print(counter_mod.__name__, counter_mod.__doc__)
print(counter_mod.__file__)
print(counter_mod.__package__ == "", counter_mod.__cached__ is None or True)
print(counter_mod.describe())
print(repr(counter_mod).startswith("<module 'counter_mod' from '"), repr(counter_mod).endswith("counter_mod.py'>"))


def inside_function():
    import counter_mod as local_name
    return local_name.value + 1


print(inside_function(), inside_function())
from counter_mod import value, describe as d
print(value, d())
print(__name__, __doc__)
import sys
print(sys, type(sys).__name__)
import builtins
print(builtins, builtins.len("four"), builtins.__name__)
