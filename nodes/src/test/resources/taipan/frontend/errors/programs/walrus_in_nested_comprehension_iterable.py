[i for i in [(y := j) for j in range(3)]]
