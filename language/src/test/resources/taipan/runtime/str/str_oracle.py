# Computes CPython's answers for the str test cases: reads cases (one JSON object a line), writes one result a line.
# Usage: cpython313 str_oracle.py CASES_FILE RESULTS_FILE
import json
import sys


def decode(a):
    if isinstance(a, dict):
        if "s" in a:
            return "".join(map(chr, a["s"]))
        if "t" in a:
            return tuple(decode(x) for x in a["t"])
        if "d" in a:
            return {decode(k): decode(v) for k, v in a["d"]}
        if "y" in a:
            return bytes(a["y"])
    return a


def encode(v):
    if isinstance(v, str):
        return "s:" + " ".join("%x" % ord(c) for c in v)
    if isinstance(v, bool):
        return "b:%s" % v
    if isinstance(v, int):
        return "i:%d" % v
    if v is None:
        return "n"
    if isinstance(v, bytes):
        return "y:" + v.hex()
    if isinstance(v, list):
        return "L[" + "|".join(encode(x) for x in v) + "]"
    if isinstance(v, tuple):
        return "T[" + "|".join(encode(x) for x in v) + "]"
    if isinstance(v, dict):
        return "D[" + "|".join(encode(k) + "=" + encode(v[k]) for k in sorted(v)) + "]"
    raise TypeError("cannot encode %r" % (v,))


SPECIAL = {
    "slice": lambda s, a, b, c: s[a:b:c],
    "getitem": lambda s, i: s[i],
    "repr": repr,
    "ascii": ascii,
    "mul": lambda s, n: s * n,
    "add": lambda a, b: a + b,
    "contains": lambda s, sub: sub in s,
    "cmp": lambda a, b: (a > b) - (a < b),
    "eq": lambda a, b: a == b,
    "maketrans": lambda *a: str.maketrans(*a),
    "translate_map": lambda s, d: s.translate(d),
    "range_filter": lambda m, lo, hi: "".join(chr(c) for c in range(lo, hi) if getattr(chr(c), m)()),
    "range_xid_continue": lambda lo, hi: "".join(chr(c) for c in range(lo, hi) if ("a" + chr(c)).isidentifier()),
    "range_sigma": lambda lo, hi: "".join(("A" + chr(c) + "\u03a3").lower()[-1] + ("A\u03a3" + chr(c)).lower()[1]
                                          for c in range(lo, hi)),
    "encode_or_lookup": lambda s, enc, err: s.encode(enc, err),
    "range_ascii": lambda lo, hi: ascii("".join(map(chr, range(lo, hi)))),
    "range_map": lambda m, lo, hi: getattr("".join(map(chr, range(lo, hi))), m)(),
}


def run(op, args):
    if op in SPECIAL:
        return SPECIAL[op](*args)
    return getattr(args[0], op)(*args[1:])


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        cases = [json.loads(line) for line in f if line.strip()]
    out = []
    for case in cases:
        try:
            out.append(encode(run(case["op"], [decode(a) for a in case["args"]])))
        except Exception as e:
            out.append("E:%s:%s" % (type(e).__name__, str(e).replace("\n", "\\n")))
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


main()
