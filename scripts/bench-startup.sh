#!/usr/bin/env bash
# Start-up benchmark: builds the release app and measures, over several runs,
# the time from process start to the first interactive screen showing the
# sample strategy (the UI reports it through the `ui_ready` command).
# Usage: scripts/bench-startup.sh [runs]   (default 7). Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ui/node_modules/.bin/tauri build --no-bundle
fi
binary=target/release/stratege
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
Xvfb :97 -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
measure() { # $1: data folder; prints the ms figure
  local log="$work/log"
  HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" STRATEGE_DATA_DIR="$1" DISPLAY=:97 \
    "$binary" 2>"$log" &
  local app=$!
  for _ in $(seq 1 100); do
    grep -q "interactive after" "$log" && break
    sleep 0.1
  done
  kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true
  grep -o "interactive after [0-9]* ms" "$log" | grep -o "[0-9]*" || echo "none"
}
first=$(measure "$work/first-run")
echo "first run (library created, sample seeded): ${first} ms"
figures=()
for i in $(seq 1 "$runs"); do
  figures+=("$(measure "$work/first-run")")
done
echo "later runs (sample in the library): ${figures[*]} ms"
printf '%s\n' "${figures[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " ms, max: " a[NR] " ms (budget 1000 ms)"}'
