#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build-fuzz/ and runs
# each for a fixed time on a seed corpus made from corpus/, the quality
# queries and the theme XML files. Crashes land in build-fuzz/fuzz-findings/.
#
#   tests/fuzz/run.sh [seconds-per-target] [target...]    (default 60 s, all five)
#
# Targets: parse (front matter + Markdown), query (query builder via Searcher),
# thesaurus (thesaurus XML), theme_xml (plugins/common XML loader), params
# (HTTP query-string parsing of the web server). Needs clang and
# libclang-rt-dev (Debian: clang-14, libclang-rt-14-dev).
set -euo pipefail
cd "$(dirname "$0")/../.."
EACH="${1:-60}"
[ $# -gt 0 ] && shift
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(parse query thesaurus theme_xml params)
CXX_BIN="$(command -v clang++-14 || command -v clang++ || true)"
CC_BIN="$(command -v clang-14 || command -v clang || true)"
[ -n "$CXX_BIN" ] || { echo "clang++ niet gevonden (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 2; }

B=build-fuzz
CC="$CC_BIN" CXX="$CXX_BIN" cmake -S . -B "$B" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DLESSENBANK_FUZZ=ON -DLESSENBANK_BUILD_TESTS=OFF > /dev/null
cmake --build "$B" -j"$(nproc)" --target "${TARGETS[@]/#/fuzz_}"

seed() {  # seed TARGET: fills $B/fuzz-seeds/TARGET from the repository
  local t="$1" d="$B/fuzz-seeds/$1" i=0 q
  rm -rf "$d"
  mkdir -p "$d"
  case "$t" in
    parse) find corpus tests/fixtures -name '*.md' -exec cp -t "$d" {} + ;;
    thesaurus) printf 'DSO en wabo\n' | cat - corpus/thesaurus.xml > "$d/thesaurus" ;;
    theme_xml) cp plugins/*/*.xml "$d/" ;;
    query|params)
      grep -v '^#' tests/quality/queries.tsv | cut -f2 | head -300 | while IFS= read -r q; do
        i=$((i + 1))
        if [ "$t" = query ]; then
          printf '%s' "$q" > "$d/q$i"
        else
          printf 'q=%s&thema=dso&type=les&sub=onderdeel:omgevingsloket&limit=20&pagina=2' \
            "$(printf '%s' "$q" | sed 's/ /+/g; s/&/%26/g; s/=/%3D/g')" > "$d/p$i"
        fi
      done ;;
  esac
}

summary=()
status=0
for t in "${TARGETS[@]}"; do
  seed "$t"
  mkdir -p "$B/fuzz-corpus/$t" "$B/fuzz-findings/$t"
  dict=()
  [ -f "tests/fuzz/$t.dict" ] && dict=(-dict="tests/fuzz/$t.dict")
  [ "$t" = params ] && dict=(-dict=tests/fuzz/query.dict)
  log="$B/fuzz-findings/$t.log"
  echo "== fuzz_$t: ${EACH} s"
  set +e
  ASAN_OPTIONS=detect_leaks=1 "$B/tests/fuzz/fuzz_$t" -max_total_time="$EACH" -print_final_stats=1 \
    -rss_limit_mb=2048 -timeout=10 -max_len=16384 "${dict[@]}" \
    -artifact_prefix="$B/fuzz-findings/$t/" "$B/fuzz-corpus/$t" "$B/fuzz-seeds/$t" > "$log" 2>&1
  rc=$?
  set -e
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  found="$(find "$B/fuzz-findings/$t" -type f | wc -l)"
  [ $rc -ne 0 ] && status=1 && tail -40 "$log"
  summary+=("fuzz_$t: ${runs:-?} executions in ${EACH} s, exit $rc, findings kept: $found")
done
printf '%s\n' "${summary[@]}"
exit $status
