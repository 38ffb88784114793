#!/usr/bin/env bash
# Sets everything up, builds, and runs the whole test suite; ends with ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."

./packaging/install-deps.sh
cmake --preset default
cmake --build --preset default
exec ctest --preset default
