[i for i in (x := range(5))]
