# Stress, bounded: 8 threads append to one list, pop from one list, write disjoint and overlapping dict keys,
# and add attributes to one shared object; nothing is lost and no item is seen twice.
import _thread

N_THREADS = 8
N = 5000


def run_all(target):
    handles = [_thread.start_joinable_thread(lambda k=k: target(k)) for k in range(N_THREADS)]
    for h in handles:
        h.join()


shared = []
run_all(lambda k: [shared.append((k, i)) for i in range(N)])
print("appended:", len(shared), len(set(shared)) == N_THREADS * N)

source = list(range(N_THREADS * N))
taken = [[] for _ in range(N_THREADS)]


def pop_all(k):
    mine = taken[k]
    while True:
        try:
            mine.append(source.pop())
        except IndexError:
            return


run_all(pop_all)
every = [x for part in taken for x in part]
print("popped:", len(every), len(set(every)) == len(every), source)

d = {}


def write_keys(k):
    for i in range(N):
        d[(k, i)] = i
        d[i] = k


run_all(write_keys)
print("dict:", len(d), all(d[(k, i)] == i for k in range(N_THREADS) for i in range(0, N, 97)))
print("overlapping keys hold a writer's value:", all(0 <= d[i] < N_THREADS for i in range(N)))


class Bag:
    pass


bag = Bag()


def add_attributes(k):
    for i in range(200):
        setattr(bag, "a%d_%d" % (k, i), i)


run_all(add_attributes)
print("attributes:", len(vars(bag)) if hasattr(bag, "__dict__") else None,
      all(getattr(bag, "a%d_%d" % (k, i)) == i for k in range(N_THREADS) for i in range(200)))
