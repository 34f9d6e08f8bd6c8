# The AOT training program (see train.sh): the classes it loads are archived so that every start is faster.
# Keep it short and within what Taipan runs; widen it as the language grows (a SyntaxError archives less).
x = 1 + 2
i = 0
while i < 100:
    i = i + 1
if x < i:
    print(x * 2.5, i, "done")
