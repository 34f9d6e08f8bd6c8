# The matching engine: repeats, alternation, backreferences, lookaround, atomic groups, possessive repeats,
# conditionals, case-insensitive matching and a long subject that must not exhaust the Java stack.
import re

print(re.match(r"a*?b", "aaab").group(), re.match(r"a{2,3}", "aaaa").group(), re.match(r"a{2,3}?", "aaaa").group())
print(re.match(r"(ab)+", "ababx").group(), re.match(r"(ab)+?", "abab").group(), re.match(r"(?:a|ab)c", "abc"))
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r"(\w+)\s\1", "hey hey you").group(), re.match(r"(?P<q>['\"]).*?(?P=q)", "'it\"s'").group())
print(re.match(r"(?i)(ab)\1", "abAB"), re.match(r"(ab)\1", "abAB"))
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)a", "aaaa"))
print(re.match(r"a++b", "aaab"), re.match(r"a++a", "aaa"), re.match(r"(?:ab)*+a", "ababa"))
print(re.match(r"(<)?\w+(?(1)>|$)", "<tag>"), re.match(r"(<)?\w+(?(1)>|$)", "tag"), re.match(r"(<)?\w+(?(1)>|$)", "<tag"))
print(re.findall(r"\w+(?=,)", "a, b, c"), re.findall(r"(?<![\d.])\d+", "1.5 22 x3"))
print(re.match(r"[^\W\d]+", "abc123").group(), re.findall(r"[\s\S]", "a b"))
print(re.findall(r"(?i)straße", "STRASSE straße STRAßE"), re.match(r"(?i)\u0130", "i\u0307"), re.match("(?i)k", "\u212a"))
print(re.findall(r"[α-ω]+", "abc αβγ δ"), re.findall(r"(?i)[α-γ]+", "ΑΒΓ"), re.findall(r"[^\u0100-\u017f]+", "aĀbƀc"))
print(re.findall(r"\bfoo\b", "foo foobar barfoo foo."), re.findall(r"\Bo\B", "foo boo"))
print(re.findall(r"\Aa|b\Z", "ab\nab"), re.search(r"a$", "a\n"), re.search(r"a\Z", "a\n"))
print(re.findall(r"(?m)^(\w+)$", "one\ntwo\n\nthree"))
print(re.match(r"(?s).+", "a\nb").group() == "a\nb", re.match(r".+", "a\nb").group())
print(re.match(r"(?x) a b  # comment\n c", "abc"))
print(re.findall(r"[\u4e00-\u9fff]+", "中文 and 日本語"))
print(re.findall(r"(a)|b", "ab"), re.match(r"(a)*", "aaa").span(1), re.match(r"(?:(a)|b)*", "ab").group(1))
print(re.match(r"(a?)*?b", "aab").groups(), re.match(r"(a*)+b", "aab").groups(), re.match(r"(a|)*b", "aab").groups())
print(re.fullmatch(r"(?:a|b)*c", "ab" * 10 + "c") is not None)

big = "ab" * 100000
m = re.match(r"(a|b)*", big)
print(m.span(), m.group(1))
print(len(re.findall(r"(?:ab)+?", big)), re.match(r"(?:a|b)*?c", big + "c").end())
print(re.match(r"(a|b)*c", big) is None, re.search(r"(x+x+)+y", "x" * 18) is None)
print(len(re.sub(r"b", "", big)), len(re.split(r"a", big)))
