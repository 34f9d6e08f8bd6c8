# Bounds, constraints and defaults of type parameters are evaluated when first read, then cached.
log = []
def note(tag, value):
    log.append(tag)
    return value

def f[B: note("bound", int), C: (note("c1", str), bytes), D = note("default", float)](): pass
print(log)
b, c, d = f.__type_params__
print(b.__bound__, log)
print(b.__bound__, log)
print(c.__constraints__, c.__bound__, log)
print(d.has_default(), log)
print(d.__default__, log)

def undefined[X: Missing](): pass
x = undefined.__type_params__[0]
for attempt in range(2):
    try:
        x.__bound__
    except NameError as e:
        print("NameError:", e)
Missing = complex
print(x.__bound__)

def star[*Ts = *tuple[int, ...], **P = [int, str]](*args: *Ts): pass
ts, p = star.__type_params__
print(ts.__default__, p.__default__, star.__annotations__)
print(type(ts).__name__, type(p).__name__, p.args, p.kwargs)
