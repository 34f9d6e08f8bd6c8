# from m import *: __all__ when there is one, else every name not starting with an underscore.
from star_all import *
print(public_one, _listed_private)
try:
    print(public_two)
except NameError as e:
    print("NameError:", e)
from star_plain import *
print(alpha, beta)
try:
    print(_hidden)
except NameError as e:
    print("NameError:", e)
try:
    from star_bad import *
except AttributeError as e:
    print("AttributeError:", e)
print(exists)
