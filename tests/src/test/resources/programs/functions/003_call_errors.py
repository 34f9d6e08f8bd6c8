# CPython's TypeError messages for calls that do not fit a Python function's parameters.

def call(label, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print(label + ": ok")
    except TypeError as e:
        print(label + ":", e)

def none(): pass
def one(a): pass
def two(a, b): pass
def three(a, b, c): pass
def four(a, b, c, d): pass
def defaults(a, b=1, c=2): pass
def kwonly(a, *, k): pass
def kwonly2(*, k1, k2, k3=3): pass
def posonly(a, b, /, c): pass
def posonly_default(a, b=2, /): pass
def varargs(a, *args): pass
def varkw(a, **kw): pass
def mixed(a, b=1, *, c, d=2): pass
def spelled(alpha, *, beta=1): pass

call("none(1)", none, 1)
call("none(1, 2)", none, 1, 2)
call("none(x=1)", none, x=1)
call("one()", one)
call("one(1, 2)", one, 1, 2)
call("two()", two)
call("two(1)", two, 1)
call("two(b=1)", two, b=1)
call("three()", three)
call("three(1)", three, 1)
call("four()", four)
call("four(1, 2, 3, 4, 5)", four, 1, 2, 3, 4, 5)
call("defaults()", defaults)
call("defaults(1, 2, 3, 4)", defaults, 1, 2, 3, 4)
call("kwonly(1)", kwonly, 1)
call("kwonly(1, 2)", kwonly, 1, 2)
call("kwonly(1, 2, k=3)", kwonly, 1, 2, k=3)
call("kwonly()", kwonly)
call("kwonly2()", kwonly2)
call("kwonly2(k1=1)", kwonly2, k1=1)
call("kwonly2(1)", kwonly2, 1)
call("posonly(1, 2)", posonly, 1, 2)
call("posonly(a=1, b=2, c=3)", posonly, a=1, b=2, c=3)
call("posonly(1, b=2, c=3)", posonly, 1, b=2, c=3)
call("posonly_default(a=1)", posonly_default, a=1)
call("posonly_default(1, b=2)", posonly_default, 1, b=2)
call("posonly_default(1, 2, 3)", posonly_default, 1, 2, 3)
call("varargs()", varargs)
call("varargs(1, a=2)", varargs, 1, a=2)
call("varargs(1, x=2)", varargs, 1, x=2)
call("varkw(1, 2)", varkw, 1, 2)
call("varkw(1, a=2)", varkw, 1, a=2)
call("varkw()", varkw)
call("mixed()", mixed)
call("mixed(1, 2, 3)", mixed, 1, 2, 3)
call("mixed(1, 2, 3, c=4)", mixed, 1, 2, 3, c=4)
call("mixed(1, 2, 3, c=4, d=5)", mixed, 1, 2, 3, c=4, d=5)
call("mixed(1, c=1, e=5)", mixed, 1, c=1, e=5)
call("two(1, a=1)", two, 1, a=1)
call("two(1, 2, a=1)", two, 1, 2, a=1)
call("one(**{'a': 1, 'b': 2})", one, **{"a": 1, "b": 2})
call("spelled(1, alpah=2)", spelled, 1, alpah=2)
call("spelled(1, bet=2)", spelled, 1, bet=2)
call("spelled(1, gamma=2)", spelled, 1, gamma=2)
call("lambda", lambda x, y: None, 1)
call("lambda kw", lambda: None, z=1)

def outer():
    def inner(a): pass
    return inner
call("nested inner()", outer())

# literal calls (not through *args/**kwargs) give the same messages
try:
    two(1, 2, 3)
except TypeError as e:
    print("literal:", e)
try:
    kwonly(1, k=2, z=3)
except TypeError as e:
    print("literal:", e)
try:
    posonly(1, 2, 3, a=4)
except TypeError as e:
    print("literal:", e)

# errors in the * and ** parts of a call
def target(*a, **k): pass
def star_errors():
    try:
        target(*5)
    except TypeError as e:
        print("target(*5) ->", e)
    try:
        target(**5)
    except TypeError as e:
        print("target(**5) ->", e)
    try:
        target(**{1: "x"})
    except TypeError as e:
        print("target(**{1: 'x'}) ->", e)
    try:
        target(*None)
    except TypeError as e:
        print("target(*None) ->", e)
    try:
        target(**{"a": 1}, **{"a": 2})
    except TypeError as e:
        print("duplicate ** ->", e)
    try:
        target(a=1, **{"a": 2})
    except TypeError as e:
        print("keyword and ** ->", e)
star_errors()

for obj in [5, "str", None, [1], (1, 2)]:
    try:
        obj()
    except TypeError as e:
        print(repr(obj) + "() ->", e)
