#!/usr/bin/env bash
# Installs everything Stratège needs to build, run and test on Debian/Ubuntu:
# system libraries (WebKitGTK...), test tools (Xvfb, WebKitWebDriver, poppler),
# tauri-driver, and the UI's npm packages. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

packages=(
  libwebkit2gtk-4.1-dev build-essential curl wget file libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev xvfb xauth webkit2gtk-driver
  poppler-utils imagemagick
  desktop-file-utils shared-mime-info libglib2.0-bin bc
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

command -v cargo >/dev/null || { echo "Rust is required: see https://rustup.rs" >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js 20+ and npm are required" >&2; exit 1; }

if ! command -v tauri-driver >/dev/null && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
  echo "==> cargo install tauri-driver"
  cargo install tauri-driver --locked --version '^2'
fi

# The .ics export is checked by an independent parser (tests/ics/check_ics.py).
if ! python3 -c "import icalendar" 2>/dev/null; then
  echo "==> pip install icalendar"
  python3 -m pip --version >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends python3-pip
  # Debian's system Python refuses user installs without the PEP 668 override.
  python3 -m pip install --quiet --user icalendar 2>/dev/null || python3 -m pip install --quiet --user --break-system-packages icalendar
fi

echo "==> npm ci (ui)"
npm --prefix ui ci --no-audit --no-fund
