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
    try:
        result = run_match_case(op, flags, pattern, subject, args)
    except SystemError as e:
        # CPython's own consistency check on group spans fired; the engine must notice the same
        result = {"system_error": str(e)}
    return {"code": [int(w) for w in code], "groups": groups, "flags": all_flags, "subject": cps(subject),
            "result": result}


class PatternGenerator:
    """Random regular expressions over a small alphabet, for differential testing of the engine."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.groups = 0

    def pattern(self, depth=0):
        self.groups = 0 if depth == 0 else self.groups
        alternatives = [self.sequence(depth) for _ in range(self.rng.choice([1, 1, 1, 2, 3]))]
        return "|".join(alternatives)

    def sequence(self, depth):
        return "".join(self.quantified(depth) for _ in range(self.rng.randint(1, 3)))

    def quantified(self, depth):
        atom = self.atom(depth)
        if atom.startswith("(?=") or atom.startswith("(?!") or atom.startswith("(?<") or atom in ("\\b", "^", "$"):
            return atom
        quantifier = self.rng.choice(["", "", "", "*", "+", "?", "{1,2}", "{2}", "{0,3}"])
        if quantifier:
            quantifier += self.rng.choice(["", "", "?", "+"])
        return atom + quantifier

    def atom(self, depth):
        kinds = ["lit", "lit", "lit", "dot", "set", "class", "anchor"]
        if depth < 3:
            kinds += ["group", "group", "nocap", "look", "atomic", "cond", "backref"]
        kind = self.rng.choice(kinds)
        rng = self.rng
        if kind == "lit":
            return rng.choice("abcA\u00e9")
        if kind == "dot":
            return "."
        if kind == "set":
            return rng.choice(["[ab]", "[^a]", "[a-c]", "[^bc]", "[Ab]"])
        if kind == "class":
            return rng.choice(["\\w", "\\W", "\\s", "\\d"])
        if kind == "anchor":
            return rng.choice(["\\b", "^", "$", "\\B"])
        if kind == "backref":
            return "\\%d" % rng.randint(1, self.groups) if self.groups else "a"
        if kind == "look":
            if rng.random() < 0.5:
                return "(?%s%s)" % (rng.choice("=!"), self.pattern(depth + 1))
            return "(?<%s%s)" % (rng.choice("=!"), rng.choice(["a", "ab", "[ab]", "\\w"]))
        if kind == "cond" and self.groups:
            return "(?(%d)%s|%s)" % (rng.randint(1, self.groups), self.sequence(depth + 1), self.sequence(depth + 1))
        inner = self.pattern(depth + 1)
        if kind == "group":
            self.groups += 1
            return "(%s)" % inner
        if kind == "atomic":
            return "(?>%s)" % inner
        return "(?:%s)" % inner


def fuzz_cases(seed, count):
    """Valid random patterns with random subjects; patterns CPython rejects are skipped."""
    generator = PatternGenerator(seed)
    rng = random.Random(seed + 1)
    produced = 0
    while produced < count:
        pattern = generator.pattern()
        flags = rng.choice(["", "", "i", "m", "s", "a", "ia", "b", "bi", "bL", "bLi"])
        try:
            re.compile(pattern.encode("latin-1") if "b" in flags else pattern, parse_flags(flags))
        except (re.error, RecursionError):
            continue
        subject = "".join(rng.choice("abcA \n\u00e9\u00c9") for _ in range(rng.randint(0, 9)))
        produced += 1
        yield [rng.choice(["search", "finditer", "fullmatch", "match"]), flags, pattern, subject]


def expand(cases):
    """["*", [ops], flags, pattern, [subjects], *args] stands for every op on every subject; a subject written
    as a list [text, pos, endpos] carries its own arguments."""
    for case in cases:
        if case[0] == "fuzz":
            yield from fuzz_cases(case[1], case[2])
        elif case[0] == "*":
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
