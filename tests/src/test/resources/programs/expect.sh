#!/usr/bin/env bash
# expect.sh PROGRAM.py...: records what CPython 3.13 (the reference interpreter in ../shared/oracle) does with each
# program, as ProgramsTest compares it: NAME.out (stdout), and NAME.err + NAME.rc when the exit status is not 0.
# Run it from anywhere; programs run from their own folder, as the test runs them.
# ORACLE=native records with the machine's native CPython 3.13 instead of the WebAssembly build: for programs
# whose output is platform-specific (errno numbers, strerror texts), where WASI's differ from Linux's.
set -uo pipefail
oracle="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../../.." && pwd)/../shared/oracle/cpython313"
[ "${ORACLE:-}" = native ] && oracle="$oracle-native"
[ -x "$oracle" ] || { echo "expect.sh: no reference interpreter at $oracle" >&2; exit 2; }
for f in "$@"; do
  dir="$(cd "$(dirname "$f")" && pwd)"; base="$(basename "$f" .py)"
  ( cd "$dir" && "$oracle" "$base.py" > "$base.out" 2> "$base.err.tmp"; rc=$?
    sed -i "s|$dir/||g" "$base.out" "$base.err.tmp"
    if [ $rc -ne 0 ]; then mv "$base.err.tmp" "$base.err"; echo "$rc" > "$base.rc"
    else rm -f "$base.err.tmp" "$base.err" "$base.rc"; fi )
  echo "$f: recorded"
done
