#!/usr/bin/env bash
# Runs every test: Rust (engine, CLI), generated types up to date, UI checks and
# unit tests, then the end-to-end suite on the real app under Xvfb. The app is
# built once and reused by every stage that needs it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

scripts/install-deps.sh

echo "==> Rust tests (engine, CLI)"
cargo test --locked -p stratege-engine -p stratege-cli

echo "==> .ics export parsed by an independent parser (Python icalendar)"
# The CLI's integration tests above built target/debug/stratege-cli. Building
# the CLI alone would resolve other features and recompile its dependencies.
python3 tests/ics/check_ics.py target/debug/stratege-cli

echo "==> TypeScript types generated from Rust are committed and current"
if ! git diff --exit-code --stat -- ui/src/lib/generated; then
  echo "ui/src/lib/generated is out of date: run cargo test and commit the result" >&2
  exit 1
fi
if [ -n "$(git ls-files --others --exclude-standard -- ui/src/lib/generated)" ]; then
  echo "new generated types are not committed:" >&2
  git ls-files --others --exclude-standard -- ui/src/lib/generated >&2
  exit 1
fi

echo "==> UI type check and unit tests"
npm --prefix ui run check
npm --prefix ui test

echo "==> Build the app once"
scripts/build-app.sh

echo "==> End-to-end tests in a real window"
scripts/e2e.sh

echo "==> Linux installers: build (release), install, launch, double-click open"
scripts/package-test.sh
