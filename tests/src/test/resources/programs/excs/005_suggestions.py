# "Did you mean" as the traceback module computes it (_suggestions), and as the uncaught traceback shows it.
import traceback
import _suggestions

print(_suggestions._generate_suggestions(["print", "len", "range"], "pritn"))
print(_suggestions._generate_suggestions(["alpha", "beta"], "zzzz"))
print(_suggestions._generate_suggestions(["Apple"], "apple"), _suggestions._generate_suggestions(["apple"], "apple"))
print(_suggestions._generate_suggestions(["a" * 45, "b"], "a" * 44))
for bad in (("notalist", "x"), ([1, 2], "x")):
    try:
        _suggestions._generate_suggestions(*bad)
    except TypeError as e:
        print("TypeError:", e)

def last_line(fn):
    try:
        fn()
    except Exception as e:
        # the suggestion is computed when the TracebackException is made; formatting only its last line keeps
        # the frames (and their caret analysis) out of it
        te = traceback.TracebackException.from_exception(e, lookup_lines=False)
        return "".join(te.format_exception_only()).rstrip()

class Point:
    def __init__(self):
        self.x = 1
        self._hidden = 2
    def norm(self):
        return x
    def peek(self):
        return self._hiden

print(last_line(lambda: Point().y))
print(last_line(lambda: Point()._hiden))
print(last_line(lambda: Point().norm()))
print(last_line(lambda: Point().peek()))
print(last_line(lambda: [].apend(1)))
print(last_line(lambda: AttributeError("no", name="lenght", obj=[]).__traceback__ or (_ for _ in ()).throw(AttributeError("no", name="apend", obj=[]))))
print(last_line(lambda: exec("import json; json.dump5")))
import sys, types
fake = types.ModuleType("fake_mod_sugg")
fake.load_all = 1
sys.modules["fake_mod_sugg"] = fake
print(last_line(lambda: exec("from fake_mod_sugg import load_al")))
print(last_line(lambda: math))
print(last_line(lambda: os))
def shadow():
    itertool = 1
    return itertools
print(last_line(shadow))

# uncaught: the launcher prints the same suggestion
def area(width):
    return widht * 2
area(3)
