#!/usr/bin/env bash
# fetch-stdlib.sh PACKAGE SHA256 DEST [LOCAL_ZIP]
# Puts CPython's pure-Python standard library (python_stdlib.zip from the npm package PACKAGE) at DEST,
# checked against SHA256. A download is cached under ~/.cache/taipan-build; LOCAL_ZIP, when given, is used instead.
set -euo pipefail
package="$1"; sha="$2"; dest="$3"; local_zip="${4:-}"
cache="${TAIPAN_BUILD_CACHE:-$HOME/.cache/taipan-build}/${package//@/-}"
zip="$cache/python_stdlib.zip"
check() { [ -f "$1" ] && [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$sha" ]; }
if [ -n "$local_zip" ]; then
  check "$local_zip" || { echo "fetch-stdlib: $local_zip does not have sha256 $sha" >&2; exit 1; }
  zip="$local_zip"
elif ! check "$zip"; then
  mkdir -p "$cache"
  tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
  ( cd "$tmp" && npm pack --silent "$package" >/dev/null ) \
    || { echo "fetch-stdlib: 'npm pack $package' failed; is npm installed and the npm registry reachable?" >&2; exit 1; }
  tar -xzf "$tmp"/*.tgz -C "$tmp" package/python_stdlib.zip
  check "$tmp/package/python_stdlib.zip" \
    || { echo "fetch-stdlib: python_stdlib.zip from $package does not have sha256 $sha" >&2; exit 1; }
  mv "$tmp/package/python_stdlib.zip" "$zip"
fi
mkdir -p "$(dirname "$dest")"
if ! cmp -s "$zip" "$dest"; then cp "$zip" "$dest"; fi
