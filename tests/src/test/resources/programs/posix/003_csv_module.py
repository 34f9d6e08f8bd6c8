# _csv directly and through csv.py: parsing corner cases, writing, dialect validation, errors.
import csv
import io

print(list(csv.reader(['a,b', '"c,d",e', '', '"multi', 'line",x'])))
print(list(csv.reader(['  a,  b'], skipinitialspace=True)))
print(list(csv.reader(['a;"b;c"'], delimiter=';')))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['x,,"",y'], quoting=csv.QUOTE_NOTNULL)))
print(list(csv.reader(['1,"2",,x'], quoting=csv.QUOTE_STRINGS)) if False else "skip")
r = csv.reader(["a,b", "c,d"])
print(next(r), r.line_num, r.dialect.delimiter, r.dialect.quoting == csv.QUOTE_MINIMAL)
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
print(w.writerow([""]), w.writerow(["a", None, 1.25, 'q"q']), w.writerow(("x\ny", "z")))
w.writerows([[1, 2], [3, 4]])
print(repr(out.getvalue()))
print(w.dialect.lineterminator == "\n", w.dialect.doublequote)
d = csv.get_dialect("excel")
print(type(d).__name__, d.delimiter, repr(d.quotechar), d.escapechar, repr(d.lineterminator), d.strict)
for kwargs in ({"delimiter": "::"}, {"quoting": 9}, {"quotechar": None}, {"lineterminator": 5}, {"bogus": 1}):
    try:
        csv.reader([], **kwargs)
        print("accepted", kwargs)
    except (TypeError, csv.Error) as e:
        print(type(e).__name__, e)
class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
csv.register_dialect("semi", Semi)
buf = io.StringIO()
csv.writer(buf, "semi").writerow(["a;b", "c"])
print(repr(buf.getvalue()), list(csv.reader(["'a;b';c"], dialect="semi")))
try:
    list(csv.reader([b"bytes,line"]))
except csv.Error as e:
    print("Error:", e)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print("Error:", e)
try:
    list(csv.reader(['a\rb']))
except csv.Error as e:
    print("Error:", e)
print(issubclass(csv.Error, Exception), csv.Error.__module__)
