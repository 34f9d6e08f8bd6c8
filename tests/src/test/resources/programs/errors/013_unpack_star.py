head, *middle, tail = "ab"
print(head, middle, tail)
head, *middle, tail = "a"
