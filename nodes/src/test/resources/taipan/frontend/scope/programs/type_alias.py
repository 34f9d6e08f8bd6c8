type Alias = list[int]
type Pair[T] = tuple[T, T]
class K:
    type Inner = K
    type G[S: K = int] = dict[S, K]
def f():
    type Local = f
    return Local
