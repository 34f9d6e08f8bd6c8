# Stress: iterating while others mutate, and one iterator shared by many threads.
import _thread

def run_all(n, target):
    hs = [_thread.start_joinable_thread(lambda k=k: target(k)) for k in range(n)]
    for h in hs:
        h.join()

shared_it = iter(range(40000))
got = [[] for _ in range(8)]
def take(k):
    for x in shared_it:
        got[k].append(x)
run_all(8, take)
allx = [x for g in got for x in g]
print("shared range iterator:", len(allx), len(set(allx)))

lst = list(range(20000))
lit = iter(lst)
got = [[] for _ in range(8)]
def take_list(k):
    for x in lit:
        got[k].append(x)
run_all(8, take_list)
allx = [x for g in got for x in g]
print("shared list iterator:", len(allx), len(set(allx)))

gen_errors = []
data = list(range(1000))
def mutate(k):
    for i in range(3000):
        data.append(i)
        data.pop(0)
def read(k):
    for _ in range(50):
        s = 0
        for x in data:
            s += 1
def mixed(k):
    (mutate if k % 2 else read)(k)
run_all(6, mixed)
print("list iterate while mutating: ok", len(data))

d = {i: i for i in range(1000)}
errors = []
def dmut(k):
    for i in range(3000):
        d[1000 + k * 10000 + i] = i
        del d[1000 + k * 10000 + i]
def dread(k):
    for _ in range(50):
        try:
            for key in d:
                pass
        except RuntimeError as e:
            errors.append(str(e))
run_all(6, lambda k: (dmut if k % 2 else dread)(k))
print("dict iterate while mutating:", len(d), set(errors) <= {"dictionary changed size during iteration", "dictionary keys changed during iteration"})
s = set()
run_all(8, lambda k: [s.add((k, i)) for i in range(3000)])
print("set adds:", len(s))
