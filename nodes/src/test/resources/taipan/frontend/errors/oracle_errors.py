# Run by the reference CPython 3.13: compiles every .py file in DIR with compile(src, name, "exec") and writes,
# as JSON to OUT, what each raises: [type name, msg, lineno, offset, end_lineno, end_offset], or null.
import json, os, sys


def main():
    d, outfile = sys.argv[1], sys.argv[2]
    res = {}
    for name in sorted(os.listdir(d)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(d, name), encoding="utf-8") as f:
            src = f.read()
        try:
            compile(src, name, "exec")
            res[name] = None
        except SyntaxError as e:
            res[name] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
    with open(outfile, "w", encoding="utf-8") as f:
        json.dump(res, f)


main()
