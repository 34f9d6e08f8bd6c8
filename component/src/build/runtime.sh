#!/usr/bin/env bash
# runtime.sh DIR JAVA_HOME — links the JDK modules Taipan's jars require into DIR (skipped when DIR was linked
# from the same JDK already). jdk.graal.compiler is left out on purpose: the Graal jar provides it.
set -euo pipefail
out="$1"; jdk="$2"
# Required by truffle-api/runtime/compiler, polyglot, regex, icu4j and the tools (see their module-info), plus
# charsets and zipfs for codecs and zip imports. A module missing here fails at start with FindException.
modules=java.base,java.logging,java.management,java.sql,java.xml,java.desktop,jdk.management,jdk.unsupported
modules=$modules,jdk.internal.vm.ci,jdk.jfr,jdk.charsets,jdk.zipfs
stamp="$jdk $modules $(cat "$jdk/release" 2>/dev/null | grep JAVA_RUNTIME_VERSION || true)"
if [ -x "$out/bin/java" ] && [ "$(cat "$out/taipan-stamp" 2>/dev/null)" = "$stamp" ]; then exit 0; fi
rm -rf "$out" "$out.tmp"
# jlink of a JDK without jmods/ needs JEP 493 (Temurin 25 has it); without a runtime bin/taipan uses the JDK.
if ! "$jdk/bin/jlink" --add-modules "$modules" --no-man-pages --no-header-files --output "$out.tmp"; then
  echo "taipan: WARNING: jlink failed; bin/taipan will run on the JDK, without the AOT cache (slower start)" >&2
  rm -rf "$out.tmp"
  exit 0
fi
echo "$stamp" > "$out.tmp/taipan-stamp"
mv "$out.tmp" "$out"
