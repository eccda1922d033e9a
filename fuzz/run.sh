#!/usr/bin/env bash
# A short fuzz run of the `.strategy` import path. Usage: fuzz/run.sh [seconds] (default 120).
# Needs `cargo install cargo-fuzz` and a C++ compiler (libFuzzer is built from source).
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-120}"
mkdir -p corpus/import
# Seed: a real export of the sample strategy, so mutations start from a valid file.
if [ ! -f corpus/import/seed-sample.strategy ]; then
  cargo run -q --manifest-path ../Cargo.toml -p stratege-cli -- sample -o corpus/import/seed-sample.strategy
fi
# cargo-fuzz passes nightly-only flags (-Zsanitizer=address ...). The machines have a
# stable toolchain only; RUSTC_BOOTSTRAP=1 lets it accept them (fuzzing only, never the app).
RUSTC_BOOTSTRAP=1 cargo fuzz run import corpus/import ../tests/hostile/files -- \
  -max_total_time="$seconds" -max_len=1048576 -timeout=10 -rss_limit_mb=2048
