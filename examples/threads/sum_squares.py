# The classic free-threading demonstration: 4 threads each sum the squares of a quarter of range(N) in pure
# Python. With a GIL (CPython 3.13's default build, GraalPy) the threads take turns; free-threaded, they run
# at once on every core.
# Usage: taipan sum_squares.py [N]
import sys
import threading
import time

THREADS = 4


def partial_sum(lo, hi, out, slot):
    s = 0
    for i in range(lo, hi):
        s += i * i
    out[slot] = s


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40_000_000
    out = [0] * THREADS
    bounds = [n * k // THREADS for k in range(THREADS + 1)]
    t0 = time.perf_counter()
    threads = [threading.Thread(target=partial_sum, args=(bounds[k], bounds[k + 1], out, k))
               for k in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    total = sum(out)
    elapsed = time.perf_counter() - t0
    assert total == (n - 1) * n * (2 * n - 1) // 6
    print("sum of squares below %d with %d threads = %d" % (n, THREADS, total))
    print("%.2f s" % elapsed, file=sys.stderr)


main()
