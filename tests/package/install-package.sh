#!/bin/sh
# ctest fixture `package` (setup): builds the DEB from BUILD_DIR with CPack into STATE_DIR,
# then installs it — with dpkg -i when running as root (the way a user installs it), else
# unpacked with dpkg -x into STATE_DIR/root — and writes where it went to STATE_DIR/root.
# remove-package.sh undoes exactly what this did.
#   install-package.sh BUILD_DIR STATE_DIR
set -eu
build_dir=$1 state_dir=$2
rm -rf "$state_dir"
mkdir -p "$state_dir"
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$state_dir/cpack" >"$state_dir/cpack.log" 2>&1 ||
    { cat "$state_dir/cpack.log" >&2; exit 1; }
deb=$(ls "$state_dir"/cpack/*.deb)
echo "$deb" >"$state_dir/deb"
echo "built $deb"
dpkg-deb --field "$deb"

if [ "$(id -u)" -eq 0 ]; then
    if dpkg-query -W -f='${Status}' rentaldesk 2>/dev/null | grep -q "install ok installed"; then
        echo "rentaldesk is already installed on this machine; the test will not replace it" >&2
        exit 1
    fi
    getent passwd rentaldesk >/dev/null && touch "$state_dir/user-existed"
    [ -e /var/lib/rentaldesk ] && touch "$state_dir/data-existed"
    dpkg -i "$deb"
    touch "$state_dir/installed-with-dpkg"
    echo / >"$state_dir/root"
else
    dpkg -x "$deb" "$state_dir/root"
    echo "$state_dir/root" >"$state_dir/root"
fi
echo "installed into $(cat "$state_dir/root")"
