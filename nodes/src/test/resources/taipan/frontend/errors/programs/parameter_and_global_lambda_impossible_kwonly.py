def f(*, k):
    global k
