#!/usr/bin/env bash
# Sets everything up and starts RentalDesk on its embedded SQLite database with demo data.
#   ./scripts/run-demo.sh [car|exhibition|item|taxi|product] [--lang ko]
set -euo pipefail
cd "$(dirname "$0")/.."

profile=${1:-car}
shift || true
./packaging/install-deps.sh
cmake --preset default
cmake --build --preset default --target rentaldesk
mkdir -p build/demo
exec ./build/app/rentaldesk --db "build/demo/$profile.sqlite" --demo "$profile" "$@"
