# Threads started one after another (a pooled implementation may run them on the same OS thread) must each
# start fresh: empty threading.local, default decimal context, empty contextvars context, no exception being
# handled; a finished thread's thread-local values are released; a finished thread's handle joins at once.
import contextvars
import decimal
import gc
import sys
import threading
import weakref

local = threading.local()
var = contextvars.ContextVar("var", default="unset")


class Payload:
    pass


refs = []
seen = []


def first():
    local.value = Payload()
    refs.append(weakref.ref(local.value))
    decimal.getcontext().prec = 5
    var.set("first")
    try:
        raise KeyError("inside")
    except KeyError:
        pass


def second():
    seen.append(hasattr(local, "value"))
    seen.append(decimal.getcontext().prec)
    seen.append(var.get())
    seen.append(sys.exception())


for _ in range(3):
    t = threading.Thread(target=first)
    t.start()
    t.join()
    t2 = threading.Thread(target=second)
    t2.start()
    t2.join()
    t.join()          # a finished thread joins again at once, whoever runs now
print(seen)

for _ in range(2):
    gc.collect()
print("payloads alive:", sum(1 for r in refs if r() is not None))

# many short threads in a row: the count, the identities of the running ones, all results
results = []
lock = threading.Lock()


def work(n):
    with lock:
        results.append(n * n)


for i in range(60):
    t = threading.Thread(target=work, args=(i,))
    t.start()
    t.join()
print(len(results), sum(results), threading.active_count())

# several at once, then all again
batch = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in batch:
    t.start()
for t in batch:
    t.join()
print(len(results), all(not t.is_alive() for t in batch))
