#!/usr/bin/env bash
# Makes sure tests/e2e/reverse-proxy.spec.ts has an nginx to run docs/reverse-proxy/nginx.conf with.
# Debian's package by default (NGINX_PATH overrides where to find it). The test starts its own
# nginx on a free port and stops it; the package's own service is not started.
set -euo pipefail
path="${NGINX_PATH-}"
if [ -n "$path" ] && [ -x "$path" ]; then exit 0; fi
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then exit 0; fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "::: installing nginx from Debian (its service is not started)"
  export DEBIAN_FRONTEND=noninteractive
  # Debian's way to keep a package's service from starting on install (policy-rc.d, exit 101).
  created_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    created_policy=1
  fi
  status=0
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends nginx-light >/dev/null; } || status=$?
  if [ "$created_policy" = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
  exit $status
fi
echo "No nginx found. Install it (Debian: sudo apt-get install nginx-light) or point NGINX_PATH at one." >&2
exit 1
