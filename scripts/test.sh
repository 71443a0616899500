#!/usr/bin/env bash
# Runs every Kakehashi test: native unit, format, fuzz and CLI tests; wasm-bindgen-test
# component tests in headless Chromium; end-to-end flows with playwright-core driving
# Debian's Chromium (with axe-core accessibility checks), and the single file
# (dist/kakehashi.html) from file:// in Chromium and, through geckodriver, Firefox ESR.
# Installs what is missing first.
#
#   scripts/test.sh                 everything
#   KAKEHASHI_FUZZ_CASES=200000 scripts/test.sh   a longer fuzz run
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-tools.sh test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver
export GECKODRIVER="${GECKODRIVER:-$(command -v geckodriver)}"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "formatting (rustfmt, where the toolchain has it)"
if cargo fmt --version >/dev/null 2>&1; then cargo fmt --check; else echo "rustfmt not installed: skipped"; fi

step "native tests (core, formats, fuzz, CLI)"
cargo test --locked

step "component tests in headless Chromium (wasm-bindgen-test)"
cargo test --locked --target wasm32-unknown-unknown --test web --test web_survey --test web_setup --test web_board --test web_console --test web_storage

step "release build of the app and the single file dist/kakehashi.html (Trunk)"
trunk build --release

step "end-to-end tests (playwright-core + /usr/bin/chromium + axe-core; Firefox ESR via geckodriver)"
node --test --test-concurrency=1 tests/e2e/
