#!/bin/sh
# Runs the real-browser tests (ui_test.js), or says loudly why they cannot run:
# exit code 77 makes ctest report the test as skipped, with this message.
here=$(cd "$(dirname "$0")" && pwd)
missing=""
command -v node >/dev/null 2>&1 || missing="$missing node"
[ -x /usr/bin/chromium ] || missing="$missing /usr/bin/chromium"
for package in playwright-core axe-core; do
  [ -d "$here/node_modules/$package" ] || missing="$missing tests/browser/node_modules/$package"
done
if [ -n "$missing" ]; then
  echo "SKIPPED browser_ui: missing$missing."
  echo "SKIPPED browser_ui: 'tools/run.sh test' installs them (or: apt-get install chromium nodejs npm; cd tests/browser && npm ci)."
  exit 77
fi
exec node "$here/ui_test.js" "$@"
