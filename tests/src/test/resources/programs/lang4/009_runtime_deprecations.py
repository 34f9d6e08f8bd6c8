# DeprecationWarnings the runtime issues: ~bool, bool(NotImplemented), __int__ returning a bool, __trunc__.
import warnings

class IntBool:
    def __int__(self):
        return True

class Trunc:
    def __trunc__(self):
        return 3

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    t, f = True, False
    results = [~t, ~f, bool(NotImplemented), int(IntBool()), int(Trunc())]
print(results)
for w in caught:
    print(w.category.__name__, "|", str(w.message)[:60])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        ~t
    except DeprecationWarning as e:
        print("as error:", type(e).__name__)
print("no warning for ints:", ~5, ~-1, int(True), bool(0))
