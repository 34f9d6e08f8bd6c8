# contextvars: defaults, set/reset tokens, copy_context and Context.run isolation, per-thread contexts.
import contextvars
import _thread

v = contextvars.ContextVar("v", default=1)
w = contextvars.ContextVar("w")
print(v.get(), v.name, w.get("fallback"))
try:
    w.get()
except LookupError:
    print("LookupError for a variable without default")
t = v.set(5)
print(v.get(), t.var is v, t.old_value is contextvars.Token.MISSING)
ctx = contextvars.copy_context()


def f(x, y=0):
    v.set(x + y)
    w.set("inside")
    return v.get(), len(contextvars.copy_context())


print(ctx.run(f, 10, y=2), v.get(), ctx[v], ctx[w], v in ctx, w in contextvars.copy_context())
print(sorted(k.name for k in ctx), len(ctx), ctx.get(w), sorted(ctx.values(), key=str))
v.reset(t)
print("after reset:", v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print("RuntimeError:", "has already been used once" in str(e))
try:
    ctx.run(lambda: ctx.run(lambda: 1))
except RuntimeError as e:
    print("RuntimeError:", "is already entered" in str(e))
other = contextvars.ContextVar("other")
try:
    other.reset(v.set(3))
except ValueError as e:
    print("ValueError:", "created by a different ContextVar" in str(e))
try:
    ctx[1]
except TypeError as e:
    print("TypeError:", "a ContextVar key was expected" in str(e))

seen = []


def in_thread():
    seen.append(v.get())
    v.set(99)
    seen.append(v.get())


h = _thread.start_joinable_thread(in_thread)
h.join()
print("thread starts with an empty context:", seen, "main keeps:", v.get())
print(type(ctx).__name__, type(v).__module__, repr(v).startswith("<ContextVar name='v' default=1 at 0x"))
