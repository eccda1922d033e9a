#!/usr/bin/env bash
# Release check for Linux: builds the installers (.deb and .rpm, release
# profile), installs the .deb on this machine and checks what a user gets:
# dependencies resolved, the installed binary opening a window under Xvfb,
# the desktop entry, the .strategy MIME type, and a "double-click" (gio open)
# on a .strategy file importing it. Needs root or sudo (it installs the .deb).
# Screenshots and the figures go to $PACKAGE_ARTIFACTS (tests/package/artifacts).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
artifacts="${PACKAGE_ARTIFACTS:-tests/package/artifacts}"
rm -rf "$artifacts" && mkdir -p "$artifacts"
fail() { echo "package test: $*" >&2; exit 1; }
# The processes of the installed binary only (not a dev build also named stratege).
installed_pids() {
  for pid in $(pgrep -x stratege || true); do
    [ "$(readlink "/proc/$pid/exe" 2>/dev/null)" = /usr/bin/stratege ] && echo "$pid"
  done
  return 0
}

version=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)
[ -n "$version" ] || fail "no version in [workspace.package]"

if [ "${PACKAGE_SKIP_BUILD:-0}" != 1 ]; then
  echo "==> Build the installers (release: .deb, .rpm)"
  started=$(date +%s)
  ui/node_modules/.bin/tauri build --bundles deb rpm
  echo "installers built in $(( $(date +%s) - started )) s"
fi
deb=$(ls target/release/bundle/deb/*_"${version}"_*.deb 2>/dev/null | sed -n 1p)
rpm=$(ls target/release/bundle/rpm/*-"${version}"-*.rpm 2>/dev/null | sed -n 1p)
[ -f "$deb" ] || fail "no .deb for version $version in target/release/bundle/deb"
[ -f "$rpm" ] || fail "no .rpm for version $version in target/release/bundle/rpm"

echo "==> The package: version from the one source, size"
package=$(dpkg-deb -f "$deb" Package)
cli_version=$(cargo run -q --locked -p stratege-cli -- --version)
[ "$cli_version" = "stratege-cli $version" ] || fail "stratege-cli says '$cli_version', not $version"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail ".deb version $(dpkg-deb -f "$deb" Version) is not $version"
deb_bytes=$(stat -c %s "$deb")
installed_kib=$(dpkg-deb -f "$deb" Installed-Size)
rpm_bytes=$(stat -c %s "$rpm")
printf 'package %s %s: .deb %.2f MB, installed %.2f MB, .rpm %.2f MB\n' "$package" "$version" \
  "$(echo "$deb_bytes / 1000000" | bc -l)" "$(echo "$installed_kib * 1024 / 1000000" | bc -l)" \
  "$(echo "$rpm_bytes / 1000000" | bc -l)" | tee "$artifacts/sizes.txt"
[ "$deb_bytes" -le 15000000 ] || fail ".deb is $deb_bytes bytes, over the 15 MB budget"
dpkg-deb -c "$deb" > "$artifacts/deb-contents.txt"
for path in usr/bin/stratege usr/share/mime/packages/app.stratege.desktop.xml; do
  grep -Eq " (\./)?$path\$" "$artifacts/deb-contents.txt" || fail "$path missing from the .deb"
done

echo "==> Install the .deb (apt resolves its dependencies)"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends --reinstall "./$deb"
dpkg-query -W -f='${Status}' "$package" | grep -q "install ok installed" || fail "$package is not installed"
$SUDO apt-get check -qq || fail "apt reports broken dependencies"
if ldd /usr/bin/stratege | grep -q "not found"; then ldd /usr/bin/stratege | grep "not found"; fail "unresolved libraries"; fi

echo "==> Desktop entry and MIME type"
desktop=$(dpkg -L "$package" | grep '^/usr/share/applications/.*\.desktop$' | sed -n 1p)
[ -n "$desktop" ] || fail "no desktop entry installed"
desktop-file-validate "$desktop" || fail "$desktop does not validate"
grep -q '^MimeType=.*application/x-stratege' "$desktop" || fail "$desktop does not declare application/x-stratege"
grep -q '^Exec=stratege %F' "$desktop" || fail "$desktop does not pass files to stratege"
cp "$desktop" "$artifacts/"

work=$(mktemp -d)
trap 'kill $(installed_pids) 2>/dev/null || true; [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
cargo run -q --locked -p stratege-cli -- sample -o "$work/sample.strategy" >/dev/null
strategy_id=$(python3 tests/package/fresh_copy.py "$work/sample.strategy" "$work/Client workshop.strategy" "Installed package check")
type=$(gio info -a standard::content-type "$work/Client workshop.strategy" | sed -n 's/.*standard::content-type: //p')
[ "$type" = "application/x-stratege" ] || fail "a .strategy file is seen as '$type', not application/x-stratege"
default=$(gio mime application/x-stratege | sed -n 1p)
echo "$default"
echo "$default" | grep -q "$(basename "$desktop")" || fail "Stratège is not the default application for .strategy files"

echo "==> The installed app opens a .strategy file by double-click (gio open), under Xvfb"
display=":$(( 80 + RANDOM % 100 ))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY="$display" HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$XDG_DATA_HOME"
started=$(date +%s%N)
gio open "$work/Client workshop.strategy"
title=$(python3 tests/package/wait_imported.py "$XDG_DATA_HOME/app.stratege.desktop/library.sqlite3" "$strategy_id" 30) \
  || fail "the installed app did not import the opened file"
echo "opened file imported after $(( ($(date +%s%N) - started) / 1000000 )) ms: $title" | tee -a "$artifacts/sizes.txt"
[ -n "$(installed_pids)" ] || fail "the installed app is not running"
sleep 2 # let the workspace paint before the screenshot
import -display "$display" -window root "$artifacts/installed-app.png"
kill $(installed_pids) 2>/dev/null || true

echo "==> Uninstall: nothing of the package is left"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq "$package" >/dev/null
[ ! -e /usr/bin/stratege ] || fail "/usr/bin/stratege is still there after removal"
[ ! -e /usr/share/mime/packages/app.stratege.desktop.xml ] || fail "the MIME type is still registered after removal"
echo "package test passed: artifacts in $artifacts"
