# The other classic demonstration: count the primes below LIMIT by trial division, the range cut into chunks
# that a concurrent.futures.ThreadPoolExecutor of 4 workers counts in parallel.
# Usage: taipan primes_pool.py [LIMIT]
import sys
import time
from concurrent.futures import ThreadPoolExecutor

WORKERS = 4
CHUNK = 10_000


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_range(lo, hi):
    return sum(1 for n in range(lo, hi) if is_prime(n))


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        counts = pool.map(count_range, range(0, limit, CHUNK),
                          (min(lo + CHUNK, limit) for lo in range(0, limit, CHUNK)))
        total = sum(counts)
    elapsed = time.perf_counter() - t0
    print("primes below %d with %d workers: %d" % (limit, WORKERS, total))
    print("%.2f s" % elapsed, file=sys.stderr)


main()
