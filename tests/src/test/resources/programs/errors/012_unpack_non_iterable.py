first, second = 42
