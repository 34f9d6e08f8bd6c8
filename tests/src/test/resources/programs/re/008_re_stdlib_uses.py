# re as other modules use it: string.Template, textwrap, fnmatch, shlex-like tokenising.
import re, string, textwrap, fnmatch

print(string.Template("$who likes ${what}").substitute(who="tim", what="pie"))
print(textwrap.wrap("The quick brown fox jumps over the lazy dog", 12))
print(textwrap.dedent("    a\n      b\n    c"))
print(fnmatch.fnmatch("file.py", "*.py"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.translate("a?b*"))
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(.))")
print([t for t in TOKEN.findall("x = 3.14 * (y + 42)")])
date = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
print([m.groupdict() for m in date.finditer("from 2024-01-31 to 2025-12-01")])
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.split(r"[;,]\s*", "a; b,c,  d"), re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|\d+", "parseHTTPResponse42Now"))
