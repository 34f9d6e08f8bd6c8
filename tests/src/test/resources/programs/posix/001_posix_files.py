# The posix module's file functions, used directly (os.py wraps them).
import posix

# a name of its own: the test suite may run this program in-process and through the launcher at once
base = "posix_test_dir_" + posix.urandom(6).hex()

posix.mkdir(base)
print([n == base for n in posix.listdir(".") if n == base])
fd = posix.open(base + "/a.txt", posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
print("wrote", posix.write(fd, b"hello world"))
posix.close(fd)
fd = posix.open(base + "/a.txt", posix.O_RDONLY)
print(posix.read(fd, 5), posix.lseek(fd, 0, 1), posix.read(fd, 100))
print(posix.lseek(fd, 0, 0), posix.read(fd, 3))
posix.close(fd)

st = posix.stat(base + "/a.txt")
print(st.st_size, st[6], len(st), type(st.st_mtime).__name__, type(st[8]).__name__)
print(st.st_mode & 0o170000 == 0o100000, posix.stat(base).st_mode & 0o170000 == 0o040000)
print(posix.access(base + "/a.txt", posix.F_OK), posix.access(base + "/nope", posix.F_OK))
print(posix.listdir(base), posix.listdir(base.encode()))

posix.rename(base + "/a.txt", base + "/b.txt")
print(posix.listdir(base))
posix.replace(base + "/b.txt", base + "/c.txt")
print(posix.listdir(base))

for call, args in [(posix.stat, (base + "/missing",)), (posix.mkdir, (base,)), (posix.rmdir, (base + "/c.txt",)),
                   (posix.unlink, (base,)), (posix.rmdir, (base,)), (posix.open, (base + "/none", posix.O_RDONLY)),
                   (posix.listdir, (base + "/c.txt",))]:
    try:
        call(*args)
    except OSError as e:
        print(call.__name__, type(e).__name__, e.errno, e.strerror, e.filename == args[0])

for bad in [(posix.close, (12345,)), (posix.read, (12345, 1))]:
    try:
        bad[0](*bad[1])
    except OSError as e:
        print(bad[0].__name__, type(e).__name__, e)

try:
    posix.mkdir(42.0)
except TypeError as e:
    print("TypeError", e)
try:
    posix.stat("a\0b")
except ValueError as e:
    print("ValueError", e)

posix.unlink(base + "/c.txt")
posix.rmdir(base)
print(base in posix.listdir("."))
print(posix.strerror(2), posix.strerror(13), posix.fspath("x"), posix.fspath(b"y"))
print(len(posix.urandom(16)), type(posix.getpid()).__name__, isinstance(posix.environ, dict))
print(all(type(k) is bytes for k in posix.environ), posix.error is OSError)
