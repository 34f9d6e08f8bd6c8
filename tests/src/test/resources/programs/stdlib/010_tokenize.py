# tokenize over _tokenize.TokenizerIter: comments, NL, INDENT/DEDENT, f-strings, multi-line strings, positions and
# lines as CPython reports them; untokenize round trips.
import io
import token
import tokenize

SOURCE = '''# leading comment
import os  # trailing
def f(a, b=1, *args, **kw) -> int:
    """doc
    string"""
    if a:

        return a + \\
            b
    # dedented comment
    x = [1,
         2]  # in brackets
    y = f"{a!r:>{b}} {{literal}} {x=}"
    z = rf"raw\\{a}" 'é' b"bytes" 0x1F 1_000.5e-3 3j
    return {**kw, 'k': x @ y} if a != b else ...
class C: pass
'''


def show(tokens):
    for t in tokens:
        print(token.tok_name[t.type], repr(t.string), t.start, t.end, repr(t.line))


show(tokenize.generate_tokens(io.StringIO(SOURCE).readline))
print("---")
show(tokenize.tokenize(io.BytesIO(b"x = 1\nif x:\n  pass").readline))
print("---")
show(tokenize.generate_tokens(io.StringIO("a = (1 +\n").readline) if False else [])
try:
    list(tokenize.generate_tokens(io.StringIO("s = 'unterminated\n").readline))
except tokenize.TokenError as e:
    print("TokenError", e.args)
try:
    list(tokenize.generate_tokens(io.StringIO("x = (1,\n").readline))
except tokenize.TokenError as e:
    print("TokenError", e.args)
tokens = list(tokenize.generate_tokens(io.StringIO(SOURCE).readline))
print(tokenize.untokenize(tokens) == SOURCE)
print([t.exact_type for t in tokens[:12]])
print(len(tokens), sum(1 for t in tokens if t.type == tokenize.COMMENT), sum(1 for t in tokens if t.type == tokenize.NL))
