# _thread.interrupt_main raises KeyboardInterrupt in the main thread, also while it sleeps.
import _thread, time
def poke():
    time.sleep(0.2)
    _thread.interrupt_main()
_thread.start_new_thread(poke, ())
try:
    time.sleep(10)
    print("not interrupted")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
