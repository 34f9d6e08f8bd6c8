#!/usr/bin/env bash
# assemble.sh DIST JAVA_HOME — finishes the standalone layout after Maven copied the jars into DIST/lib:
# bin/taipan (the launch script, told which JDK built it) and bin/python3 beside it.
set -euo pipefail
dist="$1"; jdk="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$dist/bin"
sed "s#@BUILD_JAVA_HOME@#$jdk#" "$here/../bin/taipan" > "$dist/bin/taipan"
chmod +x "$dist/bin/taipan"
ln -sf taipan "$dist/bin/python3"
