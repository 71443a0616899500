#!/usr/bin/env bash
# Installs, idempotently, the tools Kakehashi needs. Every step checks first and
# skips what is already present at the pinned version, so a warm machine pays nothing.
#
#   scripts/ensure-tools.sh build   # wasm32 target, Trunk, wasm-bindgen CLI, npm deps (wasm-opt)
#   scripts/ensure-tools.sh test    # the above plus Chromium, ChromeDriver, Firefox ESR, geckodriver,
#                                   # LibreOffice Calc and openpyxl (tests/spreadsheet.rs), Python's
#                                   # icalendar (tests/calendar_ics.rs, the kickoff e2e test)
#
# Only crates.io, PyPI, Debian packages and the npm registry are used: nothing downloads
# a prebuilt binary from elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock 2>/dev/null || true)
WASM_BINDGEN_VERSION=${WASM_BINDGEN_VERSION:-0.2.130}
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '\033[1m[ensure-tools]\033[0m %s\n' "$*"; }

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "wasm32-unknown-unknown target: present"
  else
    log "installing wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if command -v trunk >/dev/null && trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
    log "trunk $TRUNK_VERSION: present"
  else
    log "installing trunk $TRUNK_VERSION (takes ~7 min the first time)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
}

ensure_wasm_bindgen() {
  if command -v wasm-bindgen >/dev/null && wasm-bindgen --version | grep -q "$WASM_BINDGEN_VERSION" \
     && command -v wasm-bindgen-test-runner >/dev/null; then
    log "wasm-bindgen CLI $WASM_BINDGEN_VERSION: present"
  else
    # Not --locked: the CLI's own lockfile pins a crate version the registry lacks.
    log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes ~3.5 min the first time)"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
}

ensure_npm() {
  # npm ci is skipped when node_modules was installed from this very package-lock.json.
  local stamp=node_modules/.kakehashi-lock.sha256
  local want; want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    log "npm dependencies: present"
  else
    log "installing npm dependencies (binaryen's wasm-opt, playwright-core, axe-core)"
    npm ci --no-audit --no-fund
    echo "$want" > "$stamp"
  fi
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    log "chromium + chromedriver: present"
  else
    log "installing Debian's chromium and chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver
  fi
}

ensure_firefox() {
  # The single-file edition is also checked in a second engine (tests/e2e/firefox_*).
  if [ -x /usr/bin/firefox-esr ]; then
    log "firefox-esr: present"
  else
    log "installing Debian's firefox-esr"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq firefox-esr
  fi
  if command -v geckodriver >/dev/null; then
    log "geckodriver: present"
  else
    log "installing geckodriver from crates.io (takes ~1.5 min the first time)"
    cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
  fi
}

ensure_libreoffice() {
  # tests/spreadsheet.rs opens the pairs CSV in a real spreadsheet (skipped without it).
  if command -v soffice >/dev/null && /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
    log "libreoffice-calc + python3-openpyxl: present"
  else
    log "installing Debian's libreoffice-calc-nogui and python3-openpyxl (takes ~45 s the first time)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq libreoffice-calc-nogui python3-openpyxl
  fi
}

ensure_icalendar() {
  # tests/calendar_ics.rs and tests/e2e/kickoff_calendar.test.mjs read the meeting
  # calendars (.ics) with a real parser: Python's icalendar (PyPI; Debian's package for
  # its own Python if pip may not install there).
  if python3 -c 'import icalendar' 2>/dev/null || /usr/bin/python3 -c 'import icalendar' 2>/dev/null; then
    log "python icalendar: present"
  else
    log "installing Python's icalendar (PyPI)"
    if ! python3 -m pip install --quiet icalendar; then
      log "pip refused; installing Debian's python3-icalendar"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq python3-icalendar
    fi
  fi
}

ensure_cjk_fonts() {
  # The browser tests lay Japanese out as a Japanese user sees it (a generation's name
  # with its birth years must fit a 320 px phone), not as boxes of a missing font.
  if dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
    log "fonts-noto-cjk: present"
  else
    log "installing Debian's fonts-noto-cjk (57 MB, ~30 s the first time)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq fonts-noto-cjk
  fi
}

case "${1:-build}" in
  build) ensure_wasm_target; ensure_trunk; ensure_wasm_bindgen; ensure_npm ;;
  test)  ensure_wasm_target; ensure_chromium; ensure_cjk_fonts; ensure_firefox; ensure_libreoffice; ensure_icalendar; ensure_trunk; ensure_wasm_bindgen; ensure_npm ;;
  *) echo "usage: $0 build|test" >&2; exit 2 ;;
esac
