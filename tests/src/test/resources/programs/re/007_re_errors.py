# re.error from the pattern parser: message, pos, lineno and colno; error is PatternError.
import re

for pattern in ("a(b", "a)b", "[a-", "*a", "a{3,2}", r"\k", "(?P<1>x)", "(?P=nope)", "x++*", "(?<=a+)b", "a\n(b"):
    try:
        re.compile(pattern)
    except re.error as e:
        print(type(e).__name__, "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(re.error is re.PatternError, issubclass(re.error, Exception))
try:
    re.compile(b"a(")
except re.error as e:
    print(e, repr(e.pattern))
try:
    re.compile(123)
except TypeError as e:
    print("TypeError:", e)
