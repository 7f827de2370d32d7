#!/usr/bin/env bash
# Installs what a fresh machine lacks: Debian's Chromium (for tests and the benchmark) and the
# npm packages from the lock file. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x "${CHROME_PATH:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing: run 'sudo apt-get install -y chromium' (or set CHROME_PATH)." >&2
    exit 1
  fi
fi
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
else
  npm install --no-audit --no-fund --loglevel=error
fi
