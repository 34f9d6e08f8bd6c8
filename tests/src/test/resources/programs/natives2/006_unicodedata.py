import unicodedata as ud
for ch in "aZ5 \t\u00e9\u0301\u00bd\u2167\u0660\u00b2\u4e00\uac01\u05d0\u0627\u2028!$\u00a0\uff21\u03b1\u2460\U0001f600":
    print(repr(ch), ud.category(ch), ud.bidirectional(ch), ud.combining(ch), ud.mirrored(ch), ud.east_asian_width(ch),
          ud.name(ch, None), ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None), ud.decomposition(ch))
print(ud.lookup("LATIN SMALL LETTER E WITH ACUTE"), ud.lookup("snowman"), ud.name("("), ud.mirrored("("))
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    s = ud.normalize(form, "e\u0301 \u00e9 \ufb01 \u2460")
    print(form, [hex(ord(c)) for c in s], ud.is_normalized(form, s), ud.is_normalized(form, "\ufb01"))
for f in [lambda: ud.name("\x00"), lambda: ud.lookup("NO SUCH THING"), lambda: ud.decimal("x"), lambda: ud.digit("x"),
          lambda: ud.numeric("x"), lambda: ud.category("ab"), lambda: ud.category(5), lambda: ud.normalize("XX", "a")]:
    try:
        f()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
