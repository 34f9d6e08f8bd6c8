for s, enc in [('aé€😀', 'ascii'), ('aé€', 'latin-1'), ('\ud800', 'utf-8')]:
    try: s.encode(enc)
    except UnicodeEncodeError as e: print(e); print(repr(e))
for b, enc in [(b'a\xff', 'ascii'), (b'\xe2\x82', 'utf-8'), (b'\x00\xd8', 'utf-16-le'), (b'abc', 'utf-32')]:
    try: b.decode(enc)
    except UnicodeDecodeError as e: print(e); print(repr(e))
print(b'\xff'.decode('utf-8', 'replace'), 'é'.encode('ascii', 'backslashreplace'))
