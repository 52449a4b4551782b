#!/usr/bin/env bash
# `lessenbank index` says before a full rebuild that it rebuilds, and why: here
# the index was built with the four theme plugins and is updated without them.
# An update with the same settings says nothing of the kind.
# Usage: rebuild_notice.sh path/to/lessenbank path/to/corpus
set -uo pipefail
LB="$1"
CORPUS="$2"
WORK="$(mktemp -d /tmp/lessenbank-notice.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$LB" index --corpus "$CORPUS" --index "$WORK/index" > "$WORK/first.out" 2>&1 || fail "first index: $(cat "$WORK/first.out")"
"$LB" index --corpus "$CORPUS" --index "$WORK/index" > "$WORK/same.out" 2>&1 || fail "second index: $(cat "$WORK/same.out")"
grep -q "opnieuw opgebouwd" "$WORK/same.out" && fail "an update with the same settings announced a rebuild: $(cat "$WORK/same.out")"

"$LB" index --corpus "$CORPUS" --index "$WORK/index" --plugins "$WORK/geen-plugins" > "$WORK/other.out" 2>&1 \
  || fail "index without plugins: $(cat "$WORK/other.out")"
grep -q "^Let op: de hele index wordt opnieuw opgebouwd, naast de huidige (die doorzoekbaar blijft): andere themaplugins (index: dso=.*nu: geen)\.$" "$WORK/other.out" \
  || fail "no announcement naming the plugins: $(cat "$WORK/other.out")"
# Announced before the run's report, not after.
[ "$(grep -n 'opnieuw opgebouwd' "$WORK/other.out" | cut -d: -f1)" -lt "$(grep -n 'Index bijgewerkt' "$WORK/other.out" | cut -d: -f1)" ] \
  || fail "the announcement came after the report: $(cat "$WORK/other.out")"
echo "ok: the rebuild was announced, naming the plugins"
