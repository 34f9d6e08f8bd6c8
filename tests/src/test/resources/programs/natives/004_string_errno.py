# _string (string.Formatter's parser) and errno (names only: the reference interpreter's numbers are not Linux's).
import _string, errno
print(list(_string.formatter_parser("a{0!r:>3}b{{c}}{x.y[1]}")))
print(list(_string.formatter_parser("")), list(_string.formatter_parser("{}")), list(_string.formatter_parser("{:{w}}")))
f, rest = _string.formatter_field_name_split("a.b[0][k]")
print(f, list(rest))
f, rest = _string.formatter_field_name_split("12")
print(repr(f), list(rest))
f, rest = _string.formatter_field_name_split("")
print(repr(f), list(rest))
for bad in ["a}", "{", "{0!", "{0!rx}", "x{0[}"]:
    try:
        list(_string.formatter_parser(bad))
    except ValueError as e:
        print(repr(bad), "->", e)
try:
    _string.formatter_parser(5)
except TypeError as e:
    print("TypeError")
for name in ["ENOENT", "EEXIST", "EACCES", "EPERM", "EINTR", "EISDIR", "ENOTDIR", "ENOTEMPTY", "EBADF", "EPIPE"]:
    print(name, errno.errorcode[getattr(errno, name)] == name)
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLOCK == errno.EDEADLK, errno.ENOTSUP == errno.EOPNOTSUPP)
print(all(errno.errorcode[getattr(errno, n)].startswith("E") for n in dir(errno) if n.startswith("E")))
print(type(errno.errorcode).__name__, isinstance(errno.ENOENT, int))
