# _signal: handlers per signal, SIGINT's default handler, raise_signal to a Python handler, the wake-up fd,
# and default_int_handler's KeyboardInterrupt.
import _signal as signal
import time

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.SIGINT, signal.SIGTERM, signal.NSIG)
got = []
print(signal.signal(signal.SIGUSR2, lambda signum, frame: got.append(signum)))
signal.raise_signal(signal.SIGUSR2)
for _ in range(100):
    if got:
        break
    time.sleep(0.01)
print("handler ran:", got)
print(signal.signal(signal.SIGUSR2, signal.SIG_IGN) is not None, signal.getsignal(signal.SIGUSR2))
print(signal.set_wakeup_fd(-1), len(signal.valid_signals()), signal.strsignal(signal.SIGTERM))
for bad in (5, "x"):
    try:
        signal.signal(signal.SIGINT, bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    signal.signal(0, signal.SIG_DFL)
except ValueError as e:
    print("ValueError:", e)
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print("default_int_handler raises KeyboardInterrupt")

