def t(f):
    try: f()
    except Exception as e: print(type(e).__name__, e)
def a(): x, y = 1, 2, 3
def b(): x, y, z = 1, 2
def c(): x, *y, z = [1]
def d(): x, y = 5
def e(): x, y = iter([1,2,3])
def f(): x, y = [1,2,3]
def g(): del zz
def h():
    q = 1
    del q
    del q
def i(): assert 1 == 2, "msg"
def j(): assert False
t(a);t(b);t(c);t(d);t(e);t(f);t(g);t(h);t(i);t(j)
