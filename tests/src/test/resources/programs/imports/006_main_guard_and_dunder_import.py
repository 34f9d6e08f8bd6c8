# The script runs as __main__; an imported module sees its own name; __import__ as the statement does.
if __name__ == "__main__":
    print("script runs as __main__")
import main_guard_mod
m = __import__("main_guard_mod")
print(m is main_guard_mod)
top = __import__("geometry.units")
print(top.__name__, top.units.__name__)
leaf = __import__("geometry.units", None, None, ["convert"])
print(leaf.__name__)
try:
    __import__("no_such_thing_at_all")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
