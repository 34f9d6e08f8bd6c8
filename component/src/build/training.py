# The AOT training program (see train.sh): the classes it loads are archived so that every start is faster.
# Keep it short and within what Taipan runs; widen it as the language grows (a SyntaxError archives less).
# It ends in an uncaught exception on purpose, so that traceback printing is archived too.
x = 1 + 2
i = 0
while i < 100:
    i = i + 1
if x < i and x != 0:
    print(x * 2.5, i // 7, i % 7, -x, "done", x == 3)
z = i / 0
