# The time module's clocks move forward; sleep waits; gmtime and strftime are deterministic.
import time
t0 = time.perf_counter()
n0 = time.perf_counter_ns()
time.sleep(0.02)
print(time.perf_counter() - t0 >= 0.02, time.perf_counter_ns() - n0 >= 20000000)
print(time.time() > 1.7e9, time.time_ns() > 1700000000 * 10**9, time.monotonic() <= time.monotonic())
print(time.process_time() >= 0, time.process_time_ns() >= 0)
print(list(time.gmtime(0)), list(time.gmtime(1700000000)))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %y %p %I %%", (2020, 2, 29, 13, 5, 9, 5, 60, 0)))
time.sleep(0)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
try:
    time.sleep("x")
except TypeError as e:
    print(e)
