# The guest half of taipan's REPL: running an entry in __main__ as CPython's interactive loop does, the prompts and
# the names tab completion offers. The launcher loads it as the module _taipan_repl and calls it by evaluating short
# sources; answers come back on the real stdout, which the launcher captures while it asks (reply()).
import builtins
import sys
import __main__

_KEYWORDS = ("False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
             "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
             "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield")


class _Quitter:
    """exit/quit as site.py defines them, for a context started without site."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Use {self.name}() or Ctrl-D (i.e. EOF) to exit"

    def __call__(self, code=None):
        raise SystemExit(code)


class _Helper:
    """help as site.py defines it: pydoc's help, imported when first used."""

    def __repr__(self):
        return ("Type help() for interactive help, or help(object) for help about object.")

    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)


class ReplSupport:
    def __init__(self):
        for name in ("exit", "quit"):
            if not hasattr(builtins, name):
                setattr(builtins, name, _Quitter(name))
        if not hasattr(builtins, "help"):
            builtins.help = _Helper()
        if not hasattr(sys, "ps1"):
            sys.ps1 = ">>> "
        if not hasattr(sys, "ps2"):
            sys.ps2 = "... "
        self.namespace = __main__.__dict__

    def prompt(self, first):
        return str(sys.ps1 if first else sys.ps2)

    def run(self, source):
        """Compiles and runs one entry in __main__; an expression statement's value goes to sys.displayhook."""
        try:
            code = compile(source + "\n", "<stdin>", "single", dont_inherit=True)
        except SyntaxError as e:
            if "multiple statements" not in str(e.msg):
                raise
            code = compile(source + "\n", "<stdin>", "exec", dont_inherit=True)
        exec(code, self.namespace)

    def flush(self):
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass

    def complete(self, text):
        """The completions of a name or dotted name, as rlcompleter offers them (without calling anything)."""
        if "." in text:
            expr, _, attr = text.rpartition(".")
            obj = self._lookup(expr)
            if obj is _MISSING:
                return []
            try:
                names = dir(obj)
            except Exception:
                return []
            if not attr.startswith("_"):
                names = [n for n in names if not n.startswith("_")]
            elif not attr.startswith("__"):
                names = [n for n in names if not n.startswith("__")]
            return sorted({f"{expr}.{n}" for n in names if n.startswith(attr)})
        found = {k for k in _KEYWORDS if k.startswith(text)}
        for space in (self.namespace, vars(builtins)):
            found.update(n for n in space if isinstance(n, str) and n.startswith(text) and
                         (text.startswith("_") or not n.startswith("_")))
        return sorted(found)

    def _lookup(self, expr):
        parts = expr.split(".")
        if not all(p.isidentifier() for p in parts):
            return _MISSING
        space = self.namespace
        if parts[0] in space:
            obj = space[parts[0]]
        elif hasattr(builtins, parts[0]):
            obj = getattr(builtins, parts[0])
        else:
            return _MISSING
        for p in parts[1:]:
            try:
                obj = getattr(obj, p)
            except Exception:
                return _MISSING
        return obj

    def banner(self):
        return f"Python {sys.version} on {sys.platform}"

    def startup(self, path):
        """PYTHONSTARTUP's file (the launcher checked it is one), run in __main__ before the first prompt."""
        with open(path, encoding="utf-8") as f:
            exec(compile(f.read(), path, "exec"), self.namespace)


_MISSING = object()
_support = ReplSupport()


def reply(value):
    """Writes an answer for the launcher: a string, or a list of strings one per line."""
    text = "\n".join(value) if isinstance(value, list) else str(value)
    stream = sys.__stdout__
    stream.write(text)
    stream.flush()


def prompt(first):
    reply(_support.prompt(first))


def complete(text):
    reply(_support.complete(text))


def banner():
    reply(_support.banner())


def run(source):
    _support.run(source)


def startup(path):
    _support.startup(path)


def flush():
    _support.flush()
