# _thread threads run guest code in parallel: joinable handles, start_new_thread with keywords, a lock-protected
# counter, idents, and the running count.
import _thread
import time

results = {}
lock = _thread.allocate_lock()


def work(k, n, scale=1):
    total = 0
    for i in range(n):
        total += i * i
    with lock:
        results[k] = total * scale


handles = []
for k in range(4):
    h = _thread.start_joinable_thread(lambda k=k: work(k, 20000))
    handles.append(h)
for h in handles:
    h.join()
print("joined:", [h.is_done() for h in handles])
print("results:", [results[k] for k in range(4)])
print("idents differ:", len({h.ident for h in handles}) == 4, _thread.get_ident() not in {h.ident for h in handles})
print("main ident:", _thread._get_main_thread_ident() == _thread.get_ident())

done = _thread.allocate_lock()
done.acquire()


def keyword_worker(k, n, scale):
    work(k, n, scale=scale)
    done.release()


_thread.start_new_thread(keyword_worker, (9, 10), {"scale": 2})
print("start_new_thread done:", done.acquire(timeout=30), results[9])

counter = [0]


def increment(times):
    for _ in range(times):
        with lock:
            counter[0] += 1


hs = [_thread.start_joinable_thread(lambda: increment(2000)) for _ in range(8)]
for h in hs:
    h.join()
print("counter:", counter[0])
print("running after joins:", _thread._count())

ready = _thread.allocate_lock()
ready.acquire()
release = _thread.allocate_lock()
release.acquire()


def waiter():
    ready.release()
    release.acquire()


w = _thread.start_joinable_thread(waiter)
ready.acquire()
print("running while one waits:", _thread._count())
w.join(0.01)
print("timed join leaves it running:", w.is_done())
release.release()
w.join()
print("finished:", w.is_done(), _thread._count())
try:
    _thread.start_new_thread(work, [1, 2])
except TypeError as e:
    print("TypeError:", e)
