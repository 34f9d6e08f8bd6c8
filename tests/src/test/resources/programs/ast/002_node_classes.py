# The _ast classes: hierarchy, _fields, _attributes, __match_args__, _field_types, docs and constructor rules.
import ast

print(ast.BinOp.__mro__)
print(ast.AST.__module__, ast.BinOp.__module__, ast.BinOp.__name__, ast.BinOp.__qualname__)
for name in ["Module", "FunctionDef", "ImportFrom", "Constant", "Name", "arguments", "arg", "keyword", "alias",
             "comprehension", "ExceptHandler", "withitem", "match_case", "MatchAs", "TypeVar", "TypeIgnore", "Load",
             "Add", "Eq", "And", "UAdd"]:
    cls = getattr(ast, name)
    print(name, cls.__bases__[0].__name__, cls._fields, cls._attributes, cls.__match_args__)
    print("   ", cls._field_types)
    print("   ", cls.__doc__)
for abstract in ["mod", "stmt", "expr", "expr_context", "boolop", "operator", "unaryop", "cmpop", "excepthandler",
                 "pattern", "type_ignore", "type_param"]:
    cls = getattr(ast, abstract)
    print(abstract, cls._fields, cls._attributes, issubclass(cls, ast.AST))
print(ast.expr.__doc__)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, ast.PyCF_OPTIMIZED_AST)

# constructor rules
n = ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Constant(2), lineno=3)
print(ast.dump(n), n.lineno, n.end_lineno)
print(ast.dump(ast.FunctionDef("f", ast.arguments(), [ast.Pass()])))
print(ast.Name("x").ctx.__class__.__name__, ast.Constant(5).kind, ast.Module().body, ast.Module().type_ignores)
print(ast.arguments().args, ast.arguments().vararg, ast.Call(ast.Name("f")).keywords)
for bad in [lambda: ast.BinOp(1, 2, 3, 4), lambda: ast.Name("x", id="y"), lambda: ast.Pass(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
n = ast.Name("v", ast.Load())
n.extra = 42
print(sorted(vars(n)), n.extra, isinstance(n, ast.expr), isinstance(n, ast.stmt))

# match on nodes
match ast.parse("a + b", mode="eval").body:
    case ast.BinOp(ast.Name(l), ast.Add(), ast.Name(r)):
        print("matched", l, r)

# subclassing from Python
class MyName(ast.Name):
    _fields = ("id", "ctx", "note")
m = MyName("q", ast.Load(), "hi")
print(m.note, isinstance(m, ast.Name), ast.dump(m))
class Plain(ast.AST):
    _fields = ("a", "b")
p = Plain(1, b=2)
print(p.a, p.b)

# __reduce__ (copy and pickle of nodes go through it)
c = ast.parse("f(x, y=2)")
cls, args, state = c.body[0].__reduce__()
clone = cls(*args)
clone.__dict__.update(state)
print(ast.dump(clone, include_attributes=True) == ast.dump(c.body[0], include_attributes=True))
print(ast.Load().__reduce__()[0].__name__, type(ast.Constant(1).__reduce__()[2]).__name__)
print(ast.parse("x").body[0].value.ctx is ast.parse("y").body[0].value.ctx)
