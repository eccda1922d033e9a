#!/usr/bin/env bash
# Quick start: installs what is needed, builds Stratège and starts it. On first
# run the library holds the bundled sample strategy.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build-app.sh
exec target/debug/stratege "$@"
