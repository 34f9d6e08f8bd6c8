# compile() to and from ASTs: executing parsed and built trees, transformers, unparse, literal_eval, and the
# TypeError/ValueError messages of bad trees.
import ast

src = '''
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Box({self.v!r})"

result = [fib(i) for i in range(10)]
squares = {x: x * x for x in range(4) if x}
try:
    1 / 0
except ZeroDivisionError as e:
    caught = type(e).__name__
match Box(3):
    case Box(v=3):
        matched = True
'''
tree = ast.parse(src)
ns = {}
exec(compile(tree, "<tree>", "exec"), ns)
print(ns["result"], ns["squares"], ns["caught"], ns["matched"], ns["Box"](2))

# the same source through unparse and back
again = ast.unparse(tree)
print(again)
print(ast.dump(ast.parse(again)) == ast.dump(tree))

# a NodeTransformer that rewrites the tree before compiling
class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
t = Doubler().visit(ast.parse("total = 1 + 2 + 3"))
ns = {}
exec(compile(t, "<doubled>", "exec"), ns)
print(ns["total"], ast.unparse(t))

# trees built by hand
fn = ast.Module(body=[
    ast.FunctionDef(name="add", args=ast.arguments(args=[ast.arg("a"), ast.arg("b")], defaults=[ast.Constant(10)]),
                    body=[ast.Return(ast.BinOp(ast.Name("a"), ast.Add(), ast.Name("b")))]),
    ast.Assign(targets=[ast.Name("out", ast.Store())],
               value=ast.Call(ast.Name("add"), [ast.Constant(1)], [])),
], type_ignores=[])
ns = {}
exec(compile(ast.fix_missing_locations(fn), "<built>", "exec"), ns)
print(ns["out"], ast.unparse(fn))
print(eval(compile(ast.Expression(ast.Tuple([ast.Constant(1), ast.Constant((2, 3))], ast.Load()), lineno=1,
                                  col_offset=0), "<e>", "eval")) if False else
      eval(compile(ast.fix_missing_locations(ast.Expression(ast.Tuple([ast.Constant(1), ast.Constant((2, 3))],
                                                                      ast.Load()))), "<e>", "eval")))
exec(compile(ast.parse("print('single', 1)"), "<s>", "exec"))
exec(compile(ast.fix_missing_locations(ast.Interactive([ast.Expr(ast.Constant(7))])), "<i>", "single"))
print(compile("x", "<s>", "eval", ast.PyCF_ONLY_AST).__class__.__name__,
      compile(ast.parse("x"), "<s>", "exec", ast.PyCF_ONLY_AST).__class__.__name__)

# walk, literal_eval, get_docstring, increment_lineno
names = sorted({n.id for n in ast.walk(ast.parse("a = b + c(d)")) if isinstance(n, ast.Name)})
print(names)
print(ast.literal_eval("{'a': [1, 2.5, -3, 1+2j], 'b': (True, None, b'x'), 'c': {1, 2}}"))
t = ast.parse("x = 1")
ast.increment_lineno(t, 5)
print(t.body[0].lineno, t.body[0].value.end_lineno)
print(ast.get_source_segment("a = fn(1,  2)", ast.parse("a = fn(1,  2)").body[0].value))

def show(label, f):
    try:
        f()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__, str(e).split(" object at ")[0])

show("missing lineno", lambda: compile(ast.Module([ast.Pass()], []), "<x>", "exec"))
show("wrong mode", lambda: compile(ast.parse("x"), "<x>", "eval"))
show("wrong mode 2", lambda: compile(ast.Expression(ast.Constant(1)), "<x>", "exec"))
show("not a node", lambda: compile(ast.Module([ast.Expr(5, lineno=1, col_offset=0)], []), "<x>", "exec"))
show("stmt as expr", lambda: compile(ast.fix_missing_locations(ast.Module([ast.Expr(ast.Pass())], [])), "<x>", "exec"))
show("body not list", lambda: compile(ast.Module(ast.Pass(), []), "<x>", "exec"))
show("identifier type", lambda: compile(ast.fix_missing_locations(ast.Expression(ast.Name(3, ast.Load()))), "<x>", "eval"))
show("bad constant", lambda: compile(ast.fix_missing_locations(ast.Expression(ast.Constant([1]))), "<x>", "eval"))
show("required None", lambda: compile(ast.fix_missing_locations(ast.Module([ast.Expr(None)], [])), "<x>", "exec"))
show("bad lineno", lambda: compile(ast.Module([ast.Pass(lineno="1", col_offset=0)], []), "<x>", "exec"))
show("func_type mode", lambda: compile("(int) -> str", "<x>", "func_type"))
show("syntax error", lambda: ast.parse("x = = 1"))
show("literal_eval", lambda: ast.literal_eval("f(1)"))
