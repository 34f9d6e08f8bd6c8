# _thread locks: acquire with blocking and timeout, release errors, the context manager, RLock re-entry.
import _thread

lock = _thread.allocate_lock()
print(type(lock).__name__, type(lock) is _thread.LockType, _thread.error is RuntimeError)
print("acquire:", lock.acquire(), "locked:", lock.locked())
print("non-blocking again:", lock.acquire(False), "timed:", lock.acquire(timeout=0.01))
lock.release()
print("after release:", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for args in [(False, 1), (True, -2)]:
    try:
        lock.acquire(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    lock.acquire(timeout=_thread.TIMEOUT_MAX * 2)
except OverflowError as e:
    print("OverflowError:", e)
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())
print("repr:", repr(lock).split(" at ")[0])

rlock = _thread.RLock()
with rlock:
    with rlock:
        print("owned:", rlock._is_owned(), "count:", rlock._recursion_count())
    print("count after inner:", rlock._recursion_count())
print("owned after:", rlock._is_owned())
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
rlock.acquire()
rlock.acquire()
state = rlock._release_save()
print("saved count:", state[0], "owned:", rlock._is_owned())
rlock._acquire_restore(state)
print("restored:", rlock._recursion_count())
rlock.release()
rlock.release()
print("repr:", repr(rlock).split(" at ")[0])
