def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("not a number") from None

convert("x")
