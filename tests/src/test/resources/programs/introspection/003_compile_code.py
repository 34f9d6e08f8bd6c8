# compile(): modes, code objects run by exec/eval in different namespaces, SyntaxErrors with their fields
code = compile("result = base * 2", "<shared>", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
for base in (1, 5):
    space = {"base": base}
    exec(code, space)
    print(space["result"])

expr = compile("1 + 2 * 3", "<expr>", "eval")
print(eval(expr), exec(expr))
exec(compile("40 + 2", "<single>", "single"))
exec(compile("None", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))
print(_)

for src, mode in [("1 +", "exec"), ("x = (1,", "exec"), ("return 5", "exec"), ("a = 1", "eval"),
                  ("s = 'abc", "exec"), ("def f(x, x): pass", "exec")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text))
        print("  str:", e, "| args:", e.args[0], len(e.args))

try:
    compile("1", "<s>", "nonsense")
except ValueError as e:
    print("ValueError:", e)
try:
    compile(42, "<s>", "exec")
except TypeError as e:
    print("TypeError:", e)
try:
    exec("x = 1 +")
except SyntaxError as e:
    print("exec:", e)
print(eval(b"6 * 7"))
