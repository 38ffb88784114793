#!/bin/sh
# Runs a test against a real keychain: a GNOME Keyring (Secret Service) of its own, unlocked,
# on the private session bus of dbus-run-session, with a throw-away home. Usage:
#   dbus-run-session -- with-keyring.sh TEST [ARGS...]
set -eu
HOME=$(mktemp -d)
XDG_CONFIG_HOME=$HOME/.config
XDG_DATA_HOME=$HOME/.local/share
XDG_RUNTIME_DIR=$HOME/run
export HOME XDG_CONFIG_HOME XDG_DATA_HOME XDG_RUNTIME_DIR
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME"' EXIT
# The keyring's password on stdin unlocks (and first creates) the login keyring.
printf 'keyring-test' | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
"$@"
