"""Reference answers for the sre engine tests, computed by CPython's own re at test time.

Usage: sre_oracle.py in.json out.json. in.json is a list of cases [op, flags, pattern, subject, *args]; for each
case this writes the sre code that re._compiler produces and what the real re module answers, so the Java test can
run its engine on the same code and compare. Strings are written as lists of code points.
"""
import json
import random
import sys
import _sre
import re
from re import _compiler, _parser

FLAG_LETTERS = {"i": re.I, "m": re.M, "s": re.S, "x": re.X, "a": re.A, "L": re.L, "u": re.U}


def parse_flags(text):
    flags = 0
    for letter in text:
        if letter != "b":
            flags |= FLAG_LETTERS[letter]
    return flags


def make_subject(spec, is_bytes):
    if isinstance(spec, dict):
        text = spec["prefix"] + spec["repeat"] * spec["times"] + spec["suffix"]
    else:
        text = spec
    return text.encode("latin-1") if is_bytes else text


def cps(value):
    if value is None:
        return None
    if isinstance(value, (bytes, bytearray)):
        return list(value)
    return [ord(c) for c in value]


def compile_info(pattern, flags):
    """What re._compiler.compile() hands to _sre.compile."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    return code, parsed.state.groups - 1, flags | parsed.state.flags


def match_result(m):
    if m is None:
        return None
    spans = []
    for g in range(m.re.groups + 1):
        spans.extend(m.span(g))
    return {"spans": spans, "lastindex": -1 if m.lastindex is None else m.lastindex}


def run_match_case(op, flags, pattern, subject, args):
    compiled = re.compile(pattern, flags)
    if op == "code":
        return None
    pos = args[0] if len(args) > 0 else 0
    endpos = args[1] if len(args) > 1 else sys.maxsize
    if op in ("match", "fullmatch", "search"):
        return match_result(getattr(compiled, op)(subject, pos, endpos))
    if op == "finditer":
        return [match_result(m) for m in compiled.finditer(subject, pos, endpos)]
    if op == "scanmatch":
        scanner = compiled.scanner(subject, pos, endpos)
        found = []
        while (m := scanner.match()) is not None:
            found.append(match_result(m))
        return found
    if op == "split":
        return [cps(piece) for piece in compiled.split(subject, args[0] if args else 0)]
    if op == "sub":
        repl = args[0].encode("latin-1") if isinstance(pattern, bytes) else args[0]
        count = args[1] if len(args) > 1 else 0
        template = _parser.parse_template(repl, compiled)
        text, n = compiled.subn(repl, subject, count)
        return {"template": [item if isinstance(item, int) else cps(item) for item in template],
                "text": cps(text), "n": n}
    raise ValueError(op)


def mutations(code, seed, count):
    """Deterministic corruptions of a valid code list: truncations, changed words, swapped words."""
    rng = random.Random(seed)
    result = []
    for _ in range(count):
        mutated = list(code)
        kind = rng.randrange(4)
        i = rng.randrange(len(mutated))
        if kind == 0:
            mutated = mutated[:i] + mutated[i + 1:]
        elif kind == 1:
            mutated[i] = rng.choice([0, 1, 2, 7, 15, 17, 24, 255, 2 ** 32 - 1, mutated[i] + 1, max(0, mutated[i] - 1)])
        elif kind == 2:
            j = rng.randrange(len(mutated))
            mutated[i], mutated[j] = mutated[j], mutated[i]
        else:
            mutated.insert(i, rng.randrange(43))
        result.append(mutated)
    return result


IN_OPS = (13, 31, 35, 39)


def crashes_cpython(code):
    """CPython's _validate reads far out of bounds (and may crash) for an IN-family opcode with a skip below 2."""
    return any(code[i] in IN_OPS and code[i + 1] < 2 for i in range(len(code) - 1))


def run_validate_case(flags, pattern, args):
    code, groups, _ = compile_info(pattern, flags)
    checked = []
    for mutated in mutations(code, args[0], args[1]):
        if crashes_cpython(mutated) or max(mutated) > 2 ** 31 - 1:
            # words above 2**31-1 are judged differently by 32-bit builds (MAXREPEAT), like this WebAssembly one
            continue
        try:
            _sre.compile(None, flags, mutated, groups, {}, ())
            ok = True
        except RuntimeError:
            ok = False
        except (OverflowError, ValueError):
            continue
        checked.append({"code": [int(w) for w in mutated], "ok": ok})
    return {"groups": groups, "variants": checked}


def run_chars_case(args):
    start, stop, step = args
    rows = []
    for ch in range(start, stop, step):
        c = chr(ch)
        rows.append([ch, _sre.unicode_tolower(ch), int(_sre.unicode_iscased(ch)),
                     _sre.ascii_tolower(ch), int(_sre.ascii_iscased(ch)),
                     int(c.isalnum()), int(c.isspace()), int(c.isdecimal()), int(len(("a" + c + "b").splitlines()) > 1)])
    return rows


def run_case(case):
    op, flag_text, pattern, subject_spec, *args = case
    is_bytes = "b" in flag_text
    flags = parse_flags(flag_text)
    if op == "chars":
        return {"result": run_chars_case(args)}
    if op == "constants":
        return {"result": [_sre.MAGIC, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.CODESIZE, _sre.getcodesize(),
                           int(sys.maxsize > 2 ** 32)]}
    if is_bytes:
        pattern = pattern.encode("latin-1")
    if op == "validate":
        return {"result": run_validate_case(flags, pattern, args)}
    subject = make_subject(subject_spec, is_bytes)
    code, groups, all_flags = compile_info(pattern, flags)
    return {"code": [int(w) for w in code], "groups": groups, "flags": all_flags, "subject": cps(subject),
            "result": run_match_case(op, flags, pattern, subject, args)}


def expand(cases):
    """["*", [ops], flags, pattern, [subjects], *args] stands for every op on every subject; a subject written
    as a list [text, pos, endpos] carries its own arguments."""
    for case in cases:
        if case[0] == "*":
            _, ops, flag_text, pattern, subjects, *args = case
            for subject in subjects:
                extra = list(args)
                if isinstance(subject, list):
                    subject, extra = subject[0], subject[1:] + extra
                for op in ops:
                    yield [op, flag_text, pattern, subject, *extra]
        else:
            yield case


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        cases = list(expand(json.load(f)))
    out = []
    for case in cases:
        try:
            entry = run_case(case)
        except Exception as e:  # reported per case, so one bad case does not hide the others
            entry = {"error": "%s: %s" % (type(e).__name__, e)}
        entry["case"] = case
        out.append(entry)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(out, f)


main()
