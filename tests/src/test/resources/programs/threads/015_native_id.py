# get_native_id() is the kernel's thread id (Linux: what /proc/thread-self names), distinct per live thread.
import os
import threading
import _thread


def tid_from_proc():
    return int(os.readlink('/proc/thread-self').rsplit('/', 1)[1])


main = threading.main_thread()
print(threading.get_native_id() == _thread.get_native_id() == main.native_id)
print(main.native_id == tid_from_proc())
print(str(main.native_id) in os.listdir('/proc/self/task'))
print(type(main.native_id).__name__)

seen = {}
barrier = threading.Barrier(4)


def work(i):
    seen[i] = (threading.get_native_id(), tid_from_proc(), threading.current_thread().native_id)
    barrier.wait()


threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
barrier.wait()
for t in threads:
    t.join()
print(all(a == b == c for a, b, c in seen.values()))
print(len({v[0] for v in seen.values()} | {main.native_id}))
print(sorted(seen) == [0, 1, 2], all(t.native_id == seen[i][0] for i, t in enumerate(threads)))
