type X[T] = (yield)
