[i for j in range(3) for i in (k := [j])]
