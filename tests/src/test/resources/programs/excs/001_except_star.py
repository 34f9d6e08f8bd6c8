# except*: matching parts, wrapping naked exceptions, re-raising the rest, new exceptions
def run(body):
    try:
        body()
    except BaseException as e:
        if isinstance(e, BaseExceptionGroup):
            print("escaped", type(e).__name__, repr(e.message), [type(x).__name__ for x in e.exceptions])
        else:
            print("escaped naked", repr(e))
    else:
        print("nothing escaped")

def partial():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as eg:
        print("value part", [repr(x) for x in eg.exceptions], eg.message)
    except* TypeError:
        print("type part")
run(partial)

def naked():
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print("wrapped:", type(eg).__name__, repr(eg.message), eg.exceptions)
run(naked)

def naked_reraise():
    try:
        raise ValueError("again")
    except* ValueError:
        raise
run(naked_reraise)

def new_one():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as eg:
        raise KeyError("new")
run(new_one)

def new_and_rest():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
run(new_and_rest)

def nested():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), OSError(3)])])
    except* ValueError as eg:
        print("nested match", eg)
run(nested)

def bad_type():
    try:
        raise ValueError()
    except* ExceptionGroup:
        pass
run(bad_type)

def else_finally():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else ran")
    finally:
        print("finally ran")
run(else_finally)

def tuple_types():
    try:
        raise ExceptionGroup("t", [ValueError(), TypeError(), ZeroDivisionError()])
    except* (ValueError, TypeError) as eg:
        print("tuple match", len(eg.exceptions))
run(tuple_types)
