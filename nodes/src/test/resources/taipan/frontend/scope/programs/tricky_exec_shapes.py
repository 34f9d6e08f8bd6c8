import sys as system, os.path as osp
try:
    import nope
except ImportError as exc:
    nope = None
with open(__file__) as fh, open(__file__) as (gh):
    data = fh.read()
for (i, (j, *k)) in []:
    pass
while (n := 0):
    break
match data:
    case str(s) if (t := s):
        pass
    case {"a": [1, *rest]} | {"b": [2, *rest]}:
        pass
assert (m := 1), (mm := 2)
del osp
