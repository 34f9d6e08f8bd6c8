def f(x):
    del x.__debug__
