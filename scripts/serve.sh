#!/usr/bin/env bash
# Builds Kakehashi and serves it on http://127.0.0.1:8080 (rebuilds on change).
# Installs what is missing first (wasm32 target, Trunk, wasm-bindgen CLI, wasm-opt).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-tools.sh build
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
exec trunk serve --address 127.0.0.1 --port 8080 "$@"
