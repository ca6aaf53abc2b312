#!/usr/bin/env bash
# Install Debian's PostgreSQL 15 (with contrib: unaccent, pg_trgm) and redis-server for the tests
# that need a real server. The tests start and stop their own throwaway instances; nothing here
# runs as a system service. Needs root (CI runs as root); elsewhere it says what to run.
set -euo pipefail
missing=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql-15 postgresql-contrib)
[ -e /usr/share/postgresql/15/extension/unaccent.control ] || missing+=(postgresql-contrib)
command -v redis-server >/dev/null || missing+=(redis-server)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "Missing Debian packages: run 'sudo apt-get install ${missing[*]}' to include the server tests." >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
# The package scripts would start system-wide servers; the tests start their own.
printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
chmod +x /usr/sbin/policy-rc.d
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
rm -f /usr/sbin/policy-rc.d
