#!/bin/sh
# Runs a test command inside a private D-Bus session with an unlocked
# gnome-keyring (the Secret Service QtKeychain talks to), in a throwaway
# HOME, so tests never touch the user's real keyring. The daemon started
# here is found again by the private runtime directory in its environment
# and stopped by its process id.
set -u
home=$(mktemp -d)
mkdir -p "$home/run" && chmod 700 "$home/run"
HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_DATA_HOME="$home/data" \
dbus-run-session -- sh -c '
    printf "pw" | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null 2>&1
    "$@"' sh "$@"
rc=$?
for pid in $(pgrep -x gnome-keyring-d 2>/dev/null); do
    if { tr "\0" "\n" < "/proc/$pid/environ"; } 2>/dev/null | grep -qx "XDG_RUNTIME_DIR=$home/run"; then
        kill "$pid" 2>/dev/null
    fi
done
rm -rf "$home"
exit $rc
