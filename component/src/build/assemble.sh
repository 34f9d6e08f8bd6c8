#!/usr/bin/env bash
# assemble.sh DIST JAVA_HOME — finishes the standalone layout after Maven copied the jars into DIST/lib:
# bin/taipan (the launch script, told which JDK built it), bin/python3 beside it, lib/runtime (a JDK image
# without the JDK's own jdk.graal.compiler, so Graal's jar needs no --upgrade-module-path, which disables class
# data sharing) and lib/taipan.aot (the AOT cache of classes a short training run loaded: start-up ~3x faster).
set -euo pipefail
dist="$1"; jdk="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$dist/bin"
sed "s#@BUILD_JAVA_HOME@#$jdk#" "$here/../bin/taipan" > "$dist/bin/taipan"
chmod +x "$dist/bin/taipan"
ln -sf taipan "$dist/bin/python3"
"$here/runtime.sh" "$dist/lib/runtime" "$jdk"
"$here/train.sh" "$dist"
