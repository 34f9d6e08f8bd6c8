#!/usr/bin/env bash
# train.sh DIST — makes DIST/lib/taipan.aot (JEP 483/514 AOT cache) by running training.py once through
# bin/taipan, then checks that the JVM accepts it. Jars changed since make the JVM ignore the cache, so every
# build makes it afresh. A failed training only costs start-up time: bin/taipan runs without the cache.
set -euo pipefail
dist="$1"
rm -f "$dist/lib/taipan.aot"
[ -x "$dist/lib/runtime/bin/java" ] || exit 0
# The program's own exit status does not matter (a feature it uses may be missing yet): the JVM writes the
# cache at exit either way. Compiling in the foreground makes sure the compilations it triggers finish before exit.
program="$(dirname "${BASH_SOURCE[0]}")/training.py"
TAIPAN_AOT_TRAINING="$dist/lib/taipan.aot" "$dist/bin/taipan" --engine.BackgroundCompilation=false "$program" > "$dist/lib/training.log" 2>&1 || true
if [ ! -s "$dist/lib/taipan.aot" ]; then
  echo "taipan: WARNING: the AOT training run made no cache (start-up will be slower); see $dist/lib/training.log" >&2
  exit 0
fi
# AOTMode=on makes the JVM fail instead of quietly running without the cache, e.g. if the launch script's
# options stopped matching the training run's.
if ! JDK_JAVA_OPTIONS=-XX:AOTMode=on "$dist/bin/taipan" -c pass > "$dist/lib/aot-check.log" 2>&1; then
  echo "taipan: WARNING: the JVM does not accept lib/taipan.aot (start-up will be slower); see" \
    "$dist/lib/aot-check.log" >&2
fi
