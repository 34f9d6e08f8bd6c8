# os.scandir / DirEntry, os.stat_result, chmod/utime/symlink/readlink/link/truncate, under a directory of its own.
import os
import stat
import tempfile

with tempfile.TemporaryDirectory(prefix="taipan_scandir_") as root:
    os.mkdir(os.path.join(root, "sub"))
    with open(os.path.join(root, "a.txt"), "w") as f:
        f.write("hello")
    os.symlink("a.txt", os.path.join(root, "link"))
    with os.scandir(root) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(e.name, e.path == os.path.join(root, e.name), e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False), repr(e))
        print("  fspath:", os.fspath(e) == e.path, "inode:", e.inode() == os.lstat(e.path).st_ino)
    f = [e for e in entries if e.name == "a.txt"][0]
    st = f.stat()
    print("stat size:", st.st_size, st[6], stat.S_ISREG(st.st_mode), len(st), type(st.st_mtime).__name__,
          st.st_mtime_ns // 10**9 == st[8])
    print("link stat:", stat.S_ISLNK(os.lstat(os.path.join(root, "link")).st_mode),
          [e for e in entries if e.name == "link"][0].stat().st_size)
    print("readlink:", os.readlink(os.path.join(root, "link")))
    os.chmod(os.path.join(root, "a.txt"), 0o640)
    print("mode:", oct(stat.S_IMODE(os.stat(os.path.join(root, "a.txt")).st_mode)))
    os.utime(os.path.join(root, "a.txt"), (1_000_000_000, 1_200_000_000))
    st = os.stat(os.path.join(root, "a.txt"))
    print("utime:", st.st_atime, st.st_mtime, int(st.st_mtime))
    os.utime(os.path.join(root, "a.txt"), ns=(5 * 10**18, 1_500_000_000_123_456_789))
    print("utime ns:", os.stat(os.path.join(root, "a.txt")).st_mtime_ns)
    os.truncate(os.path.join(root, "a.txt"), 2)
    print("truncate:", open(os.path.join(root, "a.txt")).read())
    os.link(os.path.join(root, "a.txt"), os.path.join(root, "hard"))
    print("link nlink:", os.stat(os.path.join(root, "hard")).st_nlink)
    print("stat_result type:", os.stat_result.__name__, os.stat_result.__module__)
    made = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
    print("constructed:", made.st_mode, made.st_size, made.st_mtime, made[9])
    print("terminal_size:", os.terminal_size((80, 24)).columns, os.terminal_size((80, 24)).lines)
    print("walk:", sorted((os.path.relpath(d, root), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(root)))
    for bad in (lambda: os.scandir(os.path.join(root, "missing")), lambda: os.readlink(os.path.join(root, "a.txt")),
                lambda: os.scandir(os.path.join(root, "a.txt"))):
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    it = os.scandir(root)
    next(it)
    it.close()
    print("after close:", list(it))
    print("bytes entries:", sorted(e.name for e in os.scandir(os.fsencode(root)))[:2])
