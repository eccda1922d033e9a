#!/usr/bin/env bash
# Builds the desktop app once, with the UI embedded (debug profile: what the
# end-to-end tests drive). Output: target/debug/stratege
set -euo pipefail
cd "$(dirname "$0")/.."
ui/node_modules/.bin/tauri build --debug --no-bundle
