# code.co_positions() and co_lines() as the traceback module reads them (tb_lasti // 2 indexes the positions).
import itertools

def fails():
    x = 1
    return x + undefined_name

try:
    fails()
except NameError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    code = tb.tb_frame.f_code
    pos = next(itertools.islice(code.co_positions(), tb.tb_lasti // 2, None))
    print(tb.tb_lineno, pos[0], pos[1], pos[2] is not None, pos[3] is not None)
    line = open(__file__).read().splitlines()[pos[0] - 1]
    print(repr(line[pos[2]:pos[3]]))
    lines = list(code.co_lines())
    print(all(len(t) == 3 and t[0] < t[1] for t in lines))

def two_lines():
    a = 1
    b = 2
    return a + b
positions = list(two_lines.__code__.co_positions())
print(all(len(p) == 4 for p in positions), len(positions) >= 3)
print({23, 24, 25} <= {p[0] for p in positions})
print({23, 24, 25} <= {l for _, _, l in two_lines.__code__.co_lines()})
