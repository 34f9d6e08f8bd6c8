def catch(fn):
    try:
        fn()
    except BaseException as e:
        return e

def loop_else(n):
    for i in range(n):
        if i == 3:
            break
    else:
        return "no break"
    return "broke at " + str(i)

print(loop_else(2), loop_else(5))

def while_else(n):
    i = 0
    while i < n:
        i += 1
        if i == 10:
            break
    else:
        return "done " + str(i)
    return "broke"

print(while_else(3), while_else(20))

def continue_in_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append(-i)
    return out

print(continue_in_finally())

def try_else():
    log = []
    try:
        log.append("body")
    except ValueError:
        log.append("handler")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(try_else())

def nested_handlers():
    try:
        try:
            raise KeyError("inner")
        except KeyError as k:
            raise ValueError("outer")
    except ValueError as v:
        return repr(v) + " <- " + repr(v.__context__)

print(nested_handlers())

def bare_except():
    try:
        [][0]
    except:
        return "caught anything"

print(bare_except())

def bad_handler():
    try:
        raise ValueError
    except 42:
        pass

e = catch(bad_handler)
print(type(e).__name__, e)

def bad_with():
    with 5:
        pass

e = catch(bad_with)
print(type(e).__name__, e)

def finally_return_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(finally_return_swallows())

for a, (b, *c) in [(1, (2, 3, 4)), (5, (6,))]:
    print(a, b, c)

x = [1, 2]
x[0], y = 10, 20
print(x, y)
