#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests (never a browser downloaded by Playwright).
# Needs root (CI runs as root); elsewhere it says what to run and lets the browser tests skip.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "Chromium is not installed: run 'sudo apt-get install chromium' to include the browser tests." >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
