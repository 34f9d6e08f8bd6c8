# with statements whose body yields: __enter__ once, __exit__ when the block ends (normally, by error or close)
class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None)
        return kind is KeyError


def lines():
    with Manager("a") as a, Manager("b") as b:
        for i in range(2):
            got = yield a + b + str(i)
            if got == "fail":
                raise KeyError("suppressed")
    yield "after"


print(list(lines()))
g = lines()
print(next(g), g.send("fail"))
g2 = lines()
print(next(g2))
g2.close()
print("closed")
