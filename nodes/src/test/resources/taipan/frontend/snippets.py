# For each case of a snippet file (cases separated by lines "#---"), prints one line: the ast.dump with
# attributes of ast.parse(case), or "E kind|msg|lineno|offset|end_lineno|end_offset" for a SyntaxError.
# A case whose first line is "#mode: eval" (or single, func_type) is parsed, without that line, in that mode.
import ast, sys

src = open(sys.argv[1], encoding='utf-8').read()
cases = src.split('\n#---\n')
with open(sys.argv[2], 'w', encoding='utf-8') as out:
    for case in cases:
        mode = 'exec'
        if case.startswith('#mode: '):
            first, _, case = case.partition('\n')
            mode = first[len('#mode: '):]
        try:
            text = ast.dump(ast.parse(case, '<s>', mode), include_attributes=True)
        except SyntaxError as e:
            text = 'E %s|%s|%s|%s|%s|%s' % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        out.write(text.replace('\n', '\\n') + '\n')
