# Closures: cells shared between a scope and its inner functions, nonlocal, late binding,
# cell_contents, and the errors of unbound cell and free variables.

def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add10 = make_adder(10)
print("independent closures:", add5(1), add10(1))


def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get

inc, get = counter_pair()
inc()
inc()
print("shared cell:", get(), inc(), get())
print("same cell object:", inc.__closure__[0] is get.__closure__[0])
inc2, get2 = counter_pair()
print("fresh cell per call:", inc2(), get())


def late():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [fns[0](), fns[1](), fns[2]()]

print("late binding:", late())


def defaults_capture():
    fns = []
    for i in range(3):
        fns.append(lambda i=i: i)
    return [fns[0](), fns[1](), fns[2]()]

print("default capture:", defaults_capture())


def changing():
    value = "before"
    def read():
        return value
    value = "after"
    return read()

print("sees later assignment:", changing())


def three_levels(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2

print("three levels:", three_levels(1)(10)(100), three_levels(1)(10).__code__.co_freevars)


def parameter_cell(x):
    def get():
        return x
    x = x * 2
    return get

print("parameter as cell:", parameter_cell(21)())


def write_through_nonlocal():
    items = []
    total = 0
    def add(v):
        nonlocal total
        items.append(v)
        total = total + v
    add(3)
    add(4)
    return items, total

print("nonlocal writes:", write_through_nonlocal())


def unbound_free():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    later = 1
    return inner()

print("after binding:", unbound_free())


def unbound_cell():
    def inner():
        return x
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
    return inner()

print("cell after binding:", unbound_cell())


def empty_cell():
    def inner():
        return later
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("empty cell:", e)
    later = "set"
    return cell.cell_contents

print("cell_contents:", empty_cell())


def deleted():
    v = 1
    def inner():
        return v
    del v
    try:
        inner()
    except NameError as e:
        print("after del:", e)

deleted()

g = "global"
def shadow():
    g = "enclosing"
    def inner():
        return g
    return inner()

def global_decl():
    global g
    g = "rebound"

print("enclosing wins:", shadow())
global_decl()
print("global statement:", g)
print("no closure:", make_adder.__closure__, make_adder.__code__.co_cellvars)
