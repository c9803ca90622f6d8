#!/usr/bin/env bash
# What the tests need besides Node and npm, provided by the test command itself
# (`npx -y pnpm@<version> test` runs this first), so a fresh machine and CI run
# the same thing: Debian's chromium for the site's browser tests (never a
# browser download). SAP_CHROMIUM names another Chromium binary instead.
set -euo pipefail

chromium="${SAP_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  exit 0
fi
if [ -n "${SAP_CHROMIUM:-}" ]; then
  echo "test-deps: SAP_CHROMIUM=$SAP_CHROMIUM is not an executable file; point it at a Chromium binary." >&2
  exit 1
fi

if [ "$(id -u)" = 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo="sudo -n"
else
  echo "test-deps: /usr/bin/chromium not found and this user cannot install it; run: sudo apt-get update && sudo apt-get install -y chromium (or set SAP_CHROMIUM to a Chromium binary)." >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "test-deps: /usr/bin/chromium not found and apt-get is not available; install Chromium and set SAP_CHROMIUM to its binary." >&2
  exit 1
fi

echo "test-deps: installing Debian's chromium for the browser tests (apt-get)"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
if [ ! -x /usr/bin/chromium ]; then
  echo "test-deps: apt-get finished but /usr/bin/chromium is still missing; install Debian's chromium package by hand." >&2
  exit 1
fi
