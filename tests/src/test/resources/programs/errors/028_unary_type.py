s = "text"
print(-s)
