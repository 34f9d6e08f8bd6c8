def with_defaults[T = int, *Ts = *tuple[str, ...], **P = [float]]():
    pass
class G[*Ts = *tuple[int]]:
    pass
d = {}
d[*()] = 1
