# _queue.SimpleQueue, the native queue that queue.py re-exports and ThreadPoolExecutor uses: FIFO order, the
# non-blocking and timed gets raising _queue.Empty, CPython's argument errors, subclasses, and a blocked get
# woken by another thread's put.
import _queue
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor

print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)
print(_queue.Empty.__module__, [c.__name__ for c in _queue.Empty.__mro__])
print(sorted(n for n in dir(_queue.SimpleQueue) if not n.startswith("__")))
print(_queue.SimpleQueue[int])

q = queue.SimpleQueue()
print(q.empty(), q.qsize())
for i in range(5):
    q.put(i)
q.put_nowait("x")
q.put(None, block=False, timeout=-5)      # put never blocks: block and timeout are ignored
print(q.empty(), q.qsize())
print([q.get() for _ in range(3)], q.get(False), q.get(True, 0), q.get_nowait(), q.get(block=0))
print(q.empty(), q.qsize())

for call in (lambda: q.get_nowait(), lambda: q.get(False), lambda: q.get(False, -1), lambda: q.get(timeout=0.01)):
    try:
        call()
    except _queue.Empty as e:
        print("Empty", repr(e), e.args)

for args in ((True, -1), (True, "x"), (True, float("nan"))):
    try:
        q.get(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

for bad in (lambda: _queue.SimpleQueue(1), lambda: q.put()):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


class Sub(queue.SimpleQueue):
    def put_twice(self, item):
        self.put(item)
        self.put(item)


s = Sub()
s.put_twice("a")
print(type(s).__name__, isinstance(s, _queue.SimpleQueue), s.qsize(), s.get(), s.get(), s.empty())

# a blocked get wakes when another thread puts
box = queue.SimpleQueue()
got = []
waiter = threading.Thread(target=lambda: got.append(box.get()))
waiter.start()
time.sleep(0.05)
box.put("woken")
waiter.join()
print(got)

# a timed get waits about its timeout
t0 = time.monotonic()
try:
    box.get(timeout=0.1)
except queue.Empty:
    print("timed out after >= 0.09 s:", time.monotonic() - t0 >= 0.09)

with ThreadPoolExecutor(max_workers=4) as pool:
    print(sum(pool.map(lambda n: n * n, range(1000))))
