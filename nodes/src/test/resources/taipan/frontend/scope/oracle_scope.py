# Run by the reference CPython 3.13: for every .py file in DIR, record its AST (as JSON the tests turn into
# Taipan's AST records), its symbol table, its code objects' variables, and what compile() raises; writes one
# JSON object to OUT. With a third argument "tree", walks DIR recursively, keys by relative path and skips the AST.
import ast, json, os, symtable, sys


def const(v):
    if v is None:
        return {"none": 1}
    if v is Ellipsis:
        return {"ellipsis": 1}
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, complex):
        return {"complex": repr(v.imag)}
    if isinstance(v, bytes):
        return {"bytes": list(v)}
    return v


def node(n):
    if isinstance(n, list):
        return [node(x) for x in n]
    if not isinstance(n, ast.AST):
        return n
    d = {"_": type(n).__name__}
    for f in n._fields:
        v = getattr(n, f, None)
        if isinstance(n, ast.Constant) and f == "value":
            d[f] = const(v)
        elif isinstance(n, ast.MatchSingleton) and f == "value":
            d[f] = const(v)
        else:
            d[f] = node(v)
    for a in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
        if hasattr(n, a):
            d[a] = getattr(n, a)
    return d


def table(t, out, ind):
    r = t._table
    out.append("%s%d %s %d nested=%d params=%s" % (ind, r.type, r.name, r.lineno, r.nested, list(r.varnames)))
    for k in sorted(r.symbols):
        out.append("%s  %s: %d" % (ind, k, r.symbols[k]))
    for c in r.children:
        table(symtable._newSymbolTable(c, t._filename), out, ind + "  ")


def code_objects(co, out):
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            n = c.co_argcount + c.co_kwonlyargcount + bool(c.co_flags & 4) + bool(c.co_flags & 8)
            names = list(c.co_varnames[:n]) + sorted(c.co_varnames[n:])
            kind = {0x20: "generator", 0x80: "coroutine", 0x200: "async-generator"}.get(c.co_flags & 0x2a0, "plain")
            out.append("%s %d %s varnames=%s cells=%s frees=%s" % (c.co_name, c.co_firstlineno, kind, names,
                                                                 sorted(c.co_cellvars), sorted(c.co_freevars)))
            code_objects(c, out)


def files(d, tree):
    if not tree:
        return [n for n in sorted(os.listdir(d)) if n.endswith(".py")]
    found = []
    for root, _, names in os.walk(d):
        for n in names:
            if n.endswith(".py"):
                found.append(os.path.relpath(os.path.join(root, n), d))
    return sorted(found)


def main():
    d, outfile = sys.argv[1], sys.argv[2]
    tree = len(sys.argv) > 3 and sys.argv[3] == "tree"
    res = {}
    for name in files(d, tree):
        with open(os.path.join(d, name), encoding="utf-8") as f:
            src = f.read()
        entry = {}
        if not tree:
            try:
                entry["ast"] = node(ast.parse(src, name))
            except SyntaxError:
                entry["ast"] = None
        try:
            code = compile(src, name, "exec")
            entry["error"] = None
            objs = []
            code_objects(code, objs)
            entry["code"] = "\n".join(sorted(objs))
            lines = []
            table(symtable.symtable(src, name, "exec"), lines, "")
            entry["symtable"] = "\n".join(lines)
        except SyntaxError as e:
            entry["error"] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        res[name] = entry
    with open(outfile, "w", encoding="utf-8") as f:
        json.dump(res, f)


main()
