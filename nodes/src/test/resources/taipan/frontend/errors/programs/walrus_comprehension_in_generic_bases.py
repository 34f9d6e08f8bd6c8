class C[T]([(y := 1) for x in z]):
    pass
