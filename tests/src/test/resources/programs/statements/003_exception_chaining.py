def catch(fn):
    try:
        fn()
    except BaseException as e:
        return e
def implicit():
    try:
        [][1]
    except IndexError:
        raise ValueError("while handling")
e = catch(implicit)
print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def explicit():
    try:
        int("x")
    except ValueError as exc:
        raise RuntimeError("conversion failed") from exc
e = catch(explicit)
print(repr(e), repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)
def fn():
    raise KeyError("k") from None
e = catch(fn)
print(repr(e), e.__cause__, e.__suppress_context__, str(e))
def bad():
    raise ValueError("v") from 42
print(repr(catch(bad)))
def bad2():
    raise 5
print(repr(catch(bad2)))
def fin():
    try:
        raise ValueError("in flight")
    finally:
        raise RuntimeError("in finally")
e = catch(fin)
print(repr(e), repr(e.__context__))
def cycle():
    a = ValueError("a")
    try:
        try:
            raise a
        except ValueError:
            raise KeyError("b")
    except KeyError as b:
        try:
            raise b
        except KeyError:
            raise a
e = catch(cycle)
print(repr(e), repr(e.__context__), repr(e.__context__.__context__) if e.__context__ else None)
e = OSError(99, "Custom failure", "f.txt")
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
print(OSError("x"), repr(OSError(99, "y")), FileNotFoundError.__mro__ if False else 1)
e = ValueError("x")
e.add_note("note 1")
print(e.__notes__, e.args, repr(ValueError()), repr(ValueError(1, 2)), str(KeyError("a")))
print(StopIteration(3).value, SystemExit(2).code, SystemExit().code)
try:
    raise ValueError
except (TypeError, ValueError) as err:
    print("caught", repr(err))
try:
    print(err)
except NameError as ne:
    print(ne)
def ret():
    try:
        return 1
    finally:
        return 2
print(ret())
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("fin", i)
else:
    print("no")
