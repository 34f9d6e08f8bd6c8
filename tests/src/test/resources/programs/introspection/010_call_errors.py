# Call errors CPython words per argument parser: old-style getargs, _PyArg_UnpackKeywords, min/max and sort.
import collections

for src in ["max(iterable=[1])", "min([1], default=1, key=len, extra=2)", "sorted([], key=len, reverse=1, cmp=2)",
            "sorted([], cmp=2)", "[].sort(key=1, reverse=1, cmp=1)", "enumerate('a', s=1)", "enumerate([], 1, 2)",
            "map()", "map(len)", "property(1, 2, 3, 4, 5)", "object.__new__()", "bytes(1, 2, 3, 4)",
            "bytearray(1, 2, 3, 4)", "memoryview(1, 2)", "complex(1, 2, 3)", "collections.deque([], 1, 2)",
            "range(1, 2, 3, 4)", "float(1, 2)", "max([1], foo=1)", "print(1, a=1, b=2, c=3, d=4, e=5)",
            "int(1, 2, 3)", "str(1, 2, 3, 4)", "super(1, 2, 3)", "str.upper(5)", "list.append(5, 1)"]:
    try:
        eval(src)
        print(src, "-> no error")
    except TypeError as e:
        print(src, "->", e)
