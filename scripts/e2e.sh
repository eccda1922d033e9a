#!/usr/bin/env bash
# End-to-end tests of the built app in a real window (Xvfb + tauri-driver + WebKitWebDriver).
# Does NOT build the app: build it first with
#   npm --prefix ui run build && ui/node_modules/.bin/tauri build --debug --no-bundle
# Env: STRATEGE_APP (binary, default target/debug/stratege), E2E_ARTIFACTS (default
# tests/e2e/artifacts), E2E_ONLY (run tests whose name contains it), E2E_SKIP_INSTALL=1,
# E2E_DRIVER_PORT / E2E_NATIVE_PORT (default 4444 / 4445).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

app="${STRATEGE_APP:-target/debug/stratege}"
if [[ ! -x "$app" ]]; then
  echo "e2e: app binary not found or not executable: $app" >&2
  echo "e2e: build it first: npm --prefix ui run build && ui/node_modules/.bin/tauri build --debug --no-bundle" >&2
  exit 2
fi
export STRATEGE_APP="$(realpath "$app")"

missing=()
command -v xvfb-run >/dev/null || missing+=("xvfb-run (apt: xvfb xauth)")
command -v WebKitWebDriver >/dev/null || missing+=("WebKitWebDriver (apt: webkit2gtk-driver)")
if [[ -z "${TAURI_DRIVER:-}" ]] && ! command -v tauri-driver >/dev/null && [[ ! -x "$HOME/.cargo/bin/tauri-driver" ]]; then
  missing+=("tauri-driver (cargo install tauri-driver --locked --version ^2)")
fi
if (( ${#missing[@]} )); then
  printf 'e2e: missing: %s\n' "${missing[@]}" >&2
  exit 2
fi

# --ignore-scripts: webdriverio's optional browser-driver packages would try to download drivers.
if [[ "${E2E_SKIP_INSTALL:-}" != 1 ]]; then
  if [[ -f tests/e2e/package-lock.json ]]; then
    npm --prefix tests/e2e ci --ignore-scripts --no-audit --no-fund \
      || npm --prefix tests/e2e install --ignore-scripts --no-audit --no-fund
  else
    npm --prefix tests/e2e install --ignore-scripts --no-audit --no-fund
  fi
fi

exec xvfb-run -a -s "-screen 0 1280x800x24" node tests/e2e/run.mjs
