# What `site` does at start-up, run while the context initializes when python.RunSite is set (the taipan
# launcher sets it; -S skips it, as it skips site in CPython). CPython's site.py imports os and more, which costs
# more than the rest of Taipan's start-up, so the common case takes a short path with the same result: when no
# virtual environment, no .pth file and no sitecustomize or usercustomize module exists, site only appends the
# existing site-packages folders to sys.path and adds exit, quit, help, copyright, credits and license to builtins,
# made from the standard library's own _sitebuiltins. Otherwise CPython's site module itself runs, in full. The
# file-system checks are the native _taipan_site.scan: written here in Python they cost more than all the rest of
# this step on a cold start. Either way the program's own folder (sys.path[0]) is not on sys.path yet, as in
# CPython, so a module of the program's cannot stand in for the standard library's.
def _run():
    import sys
    if sys.flags.no_site:
        return
    import posix
    import _taipan_site

    # site.py's folder names: python3.13t on a free-threading build (sys.abiflags has the t), as Taipan is
    version = "python%d.%d" % sys.version_info[:2]
    site_version = version + ("t" if "t" in getattr(sys, "abiflags", "") else "")
    site_dirs = []  # in site.main()'s order: the user's site-packages first, then the prefixes'
    if not (sys.flags.no_user_site or sys.flags.isolated):
        base = posix.environ.get(b"PYTHONUSERBASE")
        base = base.decode() if base else (posix.environ.get(b"HOME", b"~").decode() + "/.local")
        site_dirs.append(base + "/lib/" + site_version + "/site-packages")
    for prefix in (sys.prefix, sys.exec_prefix):
        site_dirs.append(prefix + "/" + sys.platlibdir + "/" + site_version + "/site-packages")
        site_dirs.append(prefix + "/lib/" + site_version + "/site-packages")
    executable_dir = sys.executable.rpartition("/")[0]
    stdlib = getattr(sys, "_stdlib_dir", None) or sys.prefix + "/lib/" + version
    existing, full = _taipan_site.scan("\n".join(site_dirs), executable_dir + "\n" + executable_dir.rpartition("/")[0],
                                       stdlib)
    existing = existing.split("\n") if existing else []
    path0 = sys.path[:1] if not sys.flags.safe_path and sys.path and sys.path[0] == "" else []
    del sys.path[:len(path0)]
    try:
        if full:
            import site  # noqa: F401 (importing it runs site.main())
        else:
            for d in existing:
                if d not in sys.path:
                    sys.path.append(d)
            import builtins
            import _sitebuiltins
            builtins.quit = _sitebuiltins.Quitter("quit", "Ctrl-D (i.e. EOF)")
            builtins.exit = _sitebuiltins.Quitter("exit", "Ctrl-D (i.e. EOF)")
            def printer(name, data, files=(), dirs=()):
                # _Printer's own __init__ imports os only to join these paths: the same object, made without it
                p = _sitebuiltins._Printer.__new__(_sitebuiltins._Printer)
                p._Printer__name = name
                p._Printer__data = data
                p._Printer__lines = None
                p._Printer__filenames = [d + "/" + f for d in dirs for f in files]
                return p

            builtins.copyright = printer("copyright", sys.copyright)
            builtins.credits = printer("credits", (
                "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
                "    for supporting Python development.  See www.python.org for more information."))
            builtins.license = printer("license", "See https://www.python.org/psf/license/",
                                       ["LICENSE.txt", "LICENSE"], [stdlib + "/..", stdlib, "."])
            builtins.help = _sitebuiltins._Helper()
    finally:
        sys.path[:0] = path0


_run()
del _run
