# Surrogates spelled by escapes stay separate code points, even next to each other; real astral characters
# in the source are one code point.
pair = "\ud83d\ude00"
print(len(pair), pair == "😀", ascii(pair), [hex(ord(c)) for c in pair])
print(len("😀"), len("a\U0001F600b"), len("\U0001f600"))
mixed = "x\ud83d\ude00y\udc80"
print(len(mixed), ascii(mixed))
print(len("\ud800"), len("\udfff\ud800"), ascii("\ud800\udc00"))
print(len("\U0000d83d\U0000de00"), len("\ud83d" "\ude00"))
print(pair.encode("utf-16-le", "surrogatepass").decode("utf-16-le") == "😀")
print(len(eval(r'"\ud83d\ude00"')), len(eval('"\\ud83d\\ude00"')))
