word = "abc"
i = 10
print(word[i])
