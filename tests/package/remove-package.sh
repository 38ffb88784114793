#!/bin/sh
# ctest fixture `package` (cleanup): removes what install-package.sh installed — the package
# (purged), the system user its postinst made and that user's home /var/lib/rentaldesk, unless
# they were there before — and the state directory.
#   remove-package.sh STATE_DIR
set -eu
state_dir=$1
if [ -e "$state_dir/installed-with-dpkg" ]; then
    dpkg --purge rentaldesk
    if [ ! -e "$state_dir/user-existed" ] && getent passwd rentaldesk >/dev/null; then
        deluser --system rentaldesk >/dev/null
        getent group rentaldesk >/dev/null && delgroup --system rentaldesk >/dev/null || true
    fi
    [ -e "$state_dir/data-existed" ] || rm -rf /var/lib/rentaldesk
fi
rm -rf "$state_dir"
