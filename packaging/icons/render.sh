#!/bin/sh
# Renders the PNG, .ico and .icns icons from org.rentaldesk.RentalDesk.svg.
# Needs: apt-get install librsvg2-bin icoutils icnsutils optipng
set -eu
cd "$(dirname "$0")"
svg=org.rentaldesk.RentalDesk.svg
for size in 16 24 32 48 64 128 256 512; do
    dir=hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$dir/org.rentaldesk.RentalDesk.png"
    optipng -quiet -o2 "$dir/org.rentaldesk.RentalDesk.png"
done
png() { echo "hicolor/$1x$1/apps/org.rentaldesk.RentalDesk.png"; }
icotool -c -o rentaldesk.ico $(png 16) $(png 24) $(png 32) $(png 48) $(png 64) $(png 128) -r $(png 256)
png2icns rentaldesk.icns $(png 16) $(png 32) $(png 48) $(png 128) $(png 256) $(png 512) >/dev/null
