#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium. Debian's package at /usr/bin/chromium by default
# (CHROMIUM_PATH overrides it; CHROMIUM_PATH='' uses Playwright's own browser instead).
set -euo pipefail
path="${CHROMIUM_PATH-/usr/bin/chromium}"
if [ -z "$path" ]; then
  npx playwright install chromium
  exit 0
fi
if [ -x "$path" ]; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "::: installing Chromium from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No Chromium at $path. Install it (Debian: sudo apt-get install chromium), point CHROMIUM_PATH at one," >&2
echo "or run with CHROMIUM_PATH='' to let Playwright download its own browser." >&2
exit 1
