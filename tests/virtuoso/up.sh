#!/usr/bin/env bash
# Start a throwaway Virtuoso on 127.0.0.1:8890 (database in $VIRTUOSO_DIR), wait until /sparql answers.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="${VIRTUOSO_DIR:-/tmp/coopkg-virtuoso}"
if curl -fsS -o /dev/null "http://127.0.0.1:8890/sparql?query=ASK%7B%7D" 2>/dev/null; then
  echo "virtuoso already answering on 127.0.0.1:8890"; exit 0
fi
command -v virtuoso-t >/dev/null || { echo "virtuoso-t not found: apt-get install virtuoso-opensource" >&2; exit 1; }
rm -rf "$dir" && mkdir -p "$dir"
cp "$here/virtuoso.ini" "$dir/virtuoso.ini"
(cd "$dir" && virtuoso-t +configfile virtuoso.ini +wait)
for _ in $(seq 1 60); do
  if curl -fsS -o /dev/null "http://127.0.0.1:8890/sparql?query=ASK%7B%7D"; then
    echo "virtuoso up (database in $dir)"; exit 0
  fi
  sleep 0.5
done
echo "virtuoso did not answer on 127.0.0.1:8890; see $dir/virtuoso.log" >&2; exit 1
