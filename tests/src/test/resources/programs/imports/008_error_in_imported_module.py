# An exception in an imported module's body: its frames appear in the traceback; a retry runs the body again.
try:
    import raising_mod
except ValueError as e:
    print("first:", e)
try:
    import raising_mod
except ValueError as e:
    print("second:", e)


def load():
    import raising_mod


load()
