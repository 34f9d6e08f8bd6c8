# ImportError's name, path and name_from, as the import system sets them.
def attributes(code):
    try:
        code()
    except ImportError as e:
        print(type(e).__name__, repr(e.name), repr(e.path), repr(e.name_from), "|", e.msg)


def missing_top():
    import nope_missing.sub


def missing_sub():
    import geometry.nope_missing


def not_package():
    import counter_mod.nope


def missing_name():
    from counter_mod import nope_name


def missing_builtin_name():
    from sys import nope_name


def relative():
    from . import anything


for code in (missing_top, missing_sub, not_package, missing_name, missing_builtin_name, relative):
    attributes(code)
