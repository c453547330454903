#!/usr/bin/env bash
# Headless-browser check of the HTML report (not part of `npm test`): installs Debian's
# chromium when it is missing (CI runs as root, Debian's archive reachable), then renders a
# fresh report's index.html and fails if the page is blank or a plot is missing.
# Called from .ci/run after npm ci; prints 'N passed, N failed'.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "browser-check: installing chromium (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi

npm run --silent test:browser
