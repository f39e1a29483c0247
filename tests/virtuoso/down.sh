#!/usr/bin/env bash
# Stop the Virtuoso started by up.sh and remove its database.
dir="${VIRTUOSO_DIR:-/tmp/coopkg-virtuoso}"
pids=$(pgrep -f "virtuoso-t \+configfile virtuoso.ini" || true)
[ -n "$pids" ] && kill $pids 2>/dev/null
for _ in $(seq 1 40); do pgrep -f "virtuoso-t \+configfile virtuoso.ini" >/dev/null || break; sleep 0.25; done
rm -rf "$dir"
echo "virtuoso down"
