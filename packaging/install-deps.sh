#!/usr/bin/env bash
# Installs what building, running and testing RentalDesk needs on Debian 12 (bookworm).
# Runs as root, or through sudo when started by another user.
set -euo pipefail

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi

packages=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins postgresql libargon2-dev libsqlite3-dev libqt6opengl6-dev
  libqrencode-dev qtkeychain-qt6-dev
  # tst_keychain: a real Secret Service keychain on a private session bus
  gnome-keyring libsecret-1-0 dbus-daemon
  fonts-nanum
  # The package and its test (tests/package): the DEB's dependencies, its checks, its users.
  dpkg-dev file lintian desktop-file-utils appstream man-db adduser
)
command -v npm >/dev/null || packages+=(nodejs npm) # the OpenAPI lint test; keep a Node that brings its own npm

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
