#!/usr/bin/env bash
# Windows and macOS CI: Qt's prebuilt SQLite driver there carries its own copy of SQLite, and
# RentalDesk calls SQLite itself on the driver's connection, so it refuses to run with two
# copies (services/storage/sqlitelibrary.h). This rebuilds the driver from the qtbase sources
# of the same Qt version against the SQLite in SQLITE_PREFIX (the one RentalDesk links) and
# installs it over the prebuilt one in QT_ROOT_DIR.
#   build-qsqlite.sh QT_VERSION SQLITE_PREFIX
set -euo pipefail
version=$1 sqlite=$2
work=$(mktemp -d)
series=${version%.*}
curl --fail --silent --show-error --location --output "$work/qtbase.tar.xz" \
    "https://download.qt.io/archive/qt/$series/$version/submodules/qtbase-everywhere-src-$version.tar.xz"
tar -xf "$work/qtbase.tar.xz" -C "$work" "qtbase-everywhere-src-$version/src/plugins/sqldrivers"
# macOS: Qt's binaries are universal, so its toolchain builds a Qt repository for x86_64 and
# arm64, and a driver linking a system SQLite for x86_64 alone (qt_internal_force_macos_intel_arch);
# Homebrew's SQLite has only this machine's architecture, and so must the driver.
arch=()
if [ "$(uname -s)" = Darwin ]; then
    arch=(-DCMAKE_OSX_ARCHITECTURES="$(uname -m)" -DQT_FORCE_MACOS_ALL_ARCHES=ON)
fi
cmake -S "$work/qtbase-everywhere-src-$version/src/plugins/sqldrivers" -B "$work/build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$QT_ROOT_DIR/lib/cmake/Qt6/qt.toolchain.cmake" \
    -DFEATURE_system_sqlite=ON -DCMAKE_INCLUDE_PATH="$sqlite/include" -DCMAKE_LIBRARY_PATH="$sqlite/lib" \
    -DFEATURE_sql_odbc=OFF -DFEATURE_sql_mysql=OFF -DFEATURE_sql_psql=OFF \
    "${arch[@]}"
cmake --build "$work/build"
cmake --install "$work/build"
