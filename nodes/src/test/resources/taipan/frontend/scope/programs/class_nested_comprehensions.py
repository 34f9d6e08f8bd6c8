class C:
    x = 1
    grid = [[x + y for y in range(3)] for x in range(3)]
    pairs = {k: [v for v in range(k)] for k in range(4)}
    def m(self):
        return [[a for a in b] for b in self.grid]
