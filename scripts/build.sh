#!/usr/bin/env bash
# Builds the release: dist/ (static files for any web server) and dist/kakehashi.html
# (the whole app in one file, to email or put on a USB stick; runs from file://).
# Installs what is missing first (wasm32 target, Trunk, wasm-bindgen CLI, wasm-opt).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-tools.sh build
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
trunk build --release "$@"
echo "dist/kakehashi.html: the single file. dist/: the files for a web server."
