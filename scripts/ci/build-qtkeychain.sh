#!/usr/bin/env bash
# Windows and macOS CI: QtKeychain for the Qt that install-qt-action put in QT_ROOT_DIR (their
# package managers build it against a Qt of their own). Installs into PREFIX.
#   build-qtkeychain.sh PREFIX
set -euo pipefail
prefix=$1
work=$(mktemp -d)
git clone --quiet --depth 1 --branch 0.14.3 https://github.com/frankosterfeld/qtkeychain.git "$work/src"
# CMAKE_INSTALL_NAME_DIR (macOS only): the library's install name is then its absolute path,
# which macdeployqt follows into the disk image. The default @rpath/… name it could only
# resolve through an RPATH to PREFIX/lib, and the installed programs have none.
cmake -S "$work/src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$QT_ROOT_DIR" -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_INSTALL_NAME_DIR="$prefix/lib" \
    -DBUILD_WITH_QT6=ON -DBUILD_SHARED_LIBS=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF -DBUILD_TESTING=OFF
cmake --build "$work/build"
cmake --install "$work/build"
