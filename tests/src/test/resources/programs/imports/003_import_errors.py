# CPython's messages for imports that fail.
def show(code):
    try:
        exec_import(code)
    except ImportError as e:
        print(type(e).__name__ + ":", e)


def exec_import(code):
    code()


def missing_module():
    import no_such_module_here


def missing_submodule():
    import geometry.nothing_here


def not_a_package():
    import counter_mod.inner


def missing_name():
    from counter_mod import nothing


def relative_from_main():
    from . import counter_mod


def relative_from_main_named():
    from .counter_mod import value


show(missing_module)
show(missing_submodule)
show(not_a_package)
show(missing_name)
show(relative_from_main)
show(relative_from_main_named)
import broken_pkg.deep
