# Dumps ast.dump(ast.parse(src), include_attributes=True) of every .py file under a directory into one file,
# one record per file: "### <relative path>" then the dump (or "!!! <exception>") on one line.
import ast, os, sys

root, out = sys.argv[1], sys.argv[2]
paths = []
for d, _, files in os.walk(root):
    for f in files:
        if f.endswith('.py'):
            paths.append(os.path.relpath(os.path.join(d, f), root))
paths.sort()
with open(out, 'w', encoding='utf-8') as o:
    for rel in paths:
        with open(os.path.join(root, rel), 'rb') as fh:
            src = fh.read()
        try:
            text = ast.dump(ast.parse(src, rel), include_attributes=True)
        except SyntaxError as e:
            text = '!!! %s: %s (%s, %s)' % (type(e).__name__, e.msg, e.lineno, e.offset)
        o.write('### ' + rel + '\n' + text + '\n')
