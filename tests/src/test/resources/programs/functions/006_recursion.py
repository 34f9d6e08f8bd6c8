# Recursion: deep but bounded recursion works, unbounded recursion raises a catchable RecursionError,
# and sys.setrecursionlimit moves the bound.
import sys

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print("factorial:", fact(30))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print("mutual recursion:", is_even(10), is_odd(7), is_even(7))

print("default limit:", sys.getrecursionlimit())
def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)
print("still works:", fact(10))

def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print("depth 900:", deep(900))

depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("stopped near the limit:", 900 < depth <= 1000)

sys.setrecursionlimit(200)
try:
    deep(500)
except RecursionError as e:
    print("lower limit:", e)
print("within lower limit:", deep(150))
sys.setrecursionlimit(5000)
print("raised limit:", deep(3000))
sys.setrecursionlimit(1000)

def through_lambda(n):
    f = lambda k: through_lambda(k + 1)
    return f(n)
try:
    through_lambda(0)
except RecursionError:
    print("through lambdas: RecursionError")

def with_handler(n):
    try:
        return with_handler(n + 1)
    except ZeroDivisionError:
        return -1
try:
    with_handler(0)
except RecursionError:
    print("passes through unrelated handlers: RecursionError")
