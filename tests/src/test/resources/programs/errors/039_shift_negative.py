x = 1
print(x << 3)
print(x << -1)
