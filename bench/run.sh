#!/usr/bin/env bash
# Benchmarks Lessenbank beside its anchors (omindex, Recoll, the omega CGI, raw Xapian)
# on generated corpora, and writes the table and plot.
#
#   bench/run.sh                 1,000, 10,000 and 100,000 entries (about 30-40 minutes)
#   bench/run.sh 1000 10000      chosen sizes
#   bench/run.sh --smoke         300 entries, no anchors or HTTP load: a quick check that it all runs
#
# For the largest size N, a federated step (bench/federated.sh): the corpus split in three,
# each part served by xapian-tcpsrv on 127.0.0.1 and searched as three banks, against the one
# local N index (in-process p50/p99; HTTP /api/search p50 at 1 connection except in --smoke).
#   LB_BEFORE=/old/build/tools/cli/lessenbank bench/run.sh ...
#                                also indexes and serves with an older binary in the same run
#                                (before/after columns); its in-process latency too, with
#                                LB_BEFORE_LATENCY=/old/build/bench/search_latency (default: beside LB_BEFORE's build)
#
# Work files go to $LB_BENCH_DIR (default /tmp/lessenbank-bench), never into the repository.
# Results: $LB_BENCH_DIR/results.tsv, results.md and latency.png / indexing.png.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
W=${LB_BENCH_DIR:-/tmp/lessenbank-bench}
SMOKE=0
SIZES=()
for a in "$@"; do
  if [ "$a" = "--smoke" ]; then SMOKE=1; else SIZES+=("$a"); fi
done
[ ${#SIZES[@]} -eq 0 ] && { [ $SMOKE = 1 ] && SIZES=(300) || SIZES=(1000 10000 100000); }

need=(wdutch python3 time xapian-tools)
[ $SMOKE = 0 ] && need+=(xapian-omega recoll wrk gnuplot-nox)
missing=()
for p in "${need[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
[ -x build/tools/cli/lessenbank ] && [ -x build/bench/raw_xapian ] || tools/run.sh build >/dev/null

LB=$ROOT/build/tools/cli/lessenbank
Q=$ROOT/bench/queries.txt
mkdir -p "$W"
RESULTS=$W/results.tsv
BYTYPE=$W/by_type.tsv
echo -e "size\tinproc_one\tinproc_several\traw_one\traw_several\thttp1_one\thttp1_several\tbefore_inproc_one\tbefore_inproc_several\tbefore_http1_one\tbefore_http1_several" > "$BYTYPE"
echo -e "size\tmd_bytes\tdistinct_words\tindex_s\tentries_per_s\tpeak_mb\treindex_s\tone_change_s\tindex_bytes\tsize_ratio\tinproc_p50\tinproc_p99\traw_p50\traw_p99\thttp1_rps\thttp1_p50\thttp1_p99\thttp8_rps\thttp8_p50\thttp8_p99\thttp32_rps\thttp32_p50\thttp32_p99\thtml1_p50\thtml1_p99\tsuggest1_p50\trss_load_mb\trss_after_mb\tomindex_s\tomindex_per_s\tomega_p50\trecoll_s\trecoll_per_s\tbefore_index_s\tbefore_per_s\tbefore_peak_mb\tbefore_http1_p50\tbefore_http8_rps\tbefore_html1_p50\tbefore_inproc_p50\tbefore_inproc_p99\tbefore_size_ratio\tload" > "$RESULTS"

# "12.3ms" / "850us" / "1.2s" -> milliseconds
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) print substr(v,1,length(v)-2)/1000; else if (v ~ /ms$/) print substr(v,1,length(v)-2)+0; else if (v ~ /s$/) print substr(v,1,length(v)-1)*1000; else print v }'; }
timed() { /usr/bin/time -f "%e %M" -o "$W/time.out" "$@" > "$W/cmd.out" 2>&1; cat "$W/time.out" | tail -1; }
wrk_run() {  # connections path-prefix [queries file] -> "rps p50 p99"
  LB_QUERIES=${3:-$Q} wrk -t $(( $1 < 2 ? 1 : 2 )) -c "$1" -d "${LB_WRK_SECONDS:-8}s" --latency -s "$ROOT/bench/wrk_queries.lua" \
      "http://127.0.0.1:$PORT" -- "$2" > "$W/wrk.out" 2>&1
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$W/wrk.out")
  p50=$(awk '$1=="50%" {print $2}' "$W/wrk.out"); p99=$(awk '$1=="99%" {print $2}' "$W/wrk.out")
  echo "$rps $(to_ms "$p50") $(to_ms "$p99")"
}
serve() {  # binary index -> starts a server, sets SPID and PORT
  "$1" serve --port 0 --index "$2" --corpus "$D/corpus" --geen-index > "$W/serve.out" 2>&1 &
  SPID=$!
  PORT=""
  # Opening a 100k index under load can take well over 10 s: wait up to 2 minutes.
  for _ in $(seq 600); do PORT=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$W/serve.out"); [ -n "$PORT" ] && break; sleep 0.2; done
  [ -n "$PORT" ] || { echo "server did not start: $(cat "$W/serve.out")" >&2; kill "$SPID"; exit 1; }
  curl -s "http://127.0.0.1:$PORT/api/search?q=participatie" > /dev/null
}
# A query of one word and one of several take different paths (proximity, "most words"):
# their figures are kept apart as well as together.
grep -v ' ' "$Q" | grep . > "$W/queries-one-word.txt" || true
grep ' ' "$Q" > "$W/queries-several-words.txt" || true
# per-query lines of search_latency / raw_xapian ("  1.234 ms  12 hits  query") -> "one several":
# the median of the per-query medians of one-word and of several-word queries
by_type() {
  awk '/^ *[0-9.]+ ms / { q = $0; sub(/^ *[0-9.]+ ms +[-0-9]+ hits  /, "", q); if (q ~ / /) s[++ns] = $1; else o[++no] = $1 }
       function med(a, n,   i, j, t) { for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
                                       return n ? a[int((n + 1) / 2)] : "-" }
       END { print med(o, no), med(s, ns) }' "$1"
}
rss_mb() { awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$1/status"; }

for N in "${SIZES[@]}"; do
  D=$W/$N
  echo "== $N entries"
  if [ ! -f "$D/generated" ]; then
    rm -rf "$D"; mkdir -p "$D"
    python3 bench/generate.py "$N" "$D/corpus" > "$D/generated"
  fi
  words=$(awk '{print $6}' "$D/generated")
  md=$(du -sb "$D/corpus" | cut -f1)
  rm -rf "$D/index"
  read -r t peak < <(timed "$LB" index --corpus "$D/corpus" --index "$D/index")
  read -r t2 _ < <(timed "$LB" index --corpus "$D/corpus" --index "$D/index")
  f=$(find "$D/corpus/d000" -name "*.md" -print -quit); echo "Een gewijzigde zin." >> "$f"
  read -r t3 _ < <(timed "$LB" index --corpus "$D/corpus" --index "$D/index")
  isize=$(du -sb "$D/index" | cut -f1)
  build/bench/search_latency "$D/index" "$Q" 20 > "$D/latency.txt"
  build/bench/raw_xapian "$D/index" "$Q" 20 > "$D/raw.txt"
  read -r ip50 ip99 < <(awk '/RESULT/ {print $3, $5}' "$D/latency.txt")
  read -r rp50 rp99 < <(awk '/RESULT/ {print $3, $5}' "$D/raw.txt")
  read -r i_one i_sev < <(by_type "$D/latency.txt"); read -r r_one r_sev < <(by_type "$D/raw.txt")
  h_one=-; h_sev=-; b_i_one=-; b_i_sev=-; b_h_one=-; b_h_sev=-
  h1="- - -"; h8="- - -"; h32="- - -"; html="- - -"; sug="- - -"; rss1=-; rss2=-; om_t=-; om_rate=-; omega=-
  rc_t=-; rc_rate=-; b_t=-; b_rate=-; b_peak=-; b_h1=-; b_h8=-; b_html=-; b_ip50=-; b_ip99=-; b_ratio=-
  if [ $SMOKE = 0 ]; then
    serve "$LB" "$D/index"
    rss1=$(rss_mb $SPID)
    h1=$(wrk_run 1 "/api/search?q="); h8=$(wrk_run 8 "/api/search?q="); h32=$(wrk_run 32 "/api/search?q=")
    read -r _ h_one _ < <(wrk_run 1 "/api/search?q=" "$W/queries-one-word.txt")
    read -r _ h_sev _ < <(wrk_run 1 "/api/search?q=" "$W/queries-several-words.txt")
    html=$(wrk_run 1 "/?q="); sug=$(wrk_run 1 "/api/suggest?q=")
    rss2=$(rss_mb $SPID)
    kill $SPID; wait $SPID 2>/dev/null || true
    rm -rf "$D/omega"; mkdir -p "$D/omega"
    read -r om_t _ < <(timed omindex --db "$D/omega/db" --url / --stemmer=dutch -Mmd:text/plain "$D/corpus")
    om_rate=$(awk -v n="$N" -v t="$om_t" 'BEGIN { printf "%.0f", n / t }')
    printf 'database_dir %s\ntemplate_dir /usr/share/xapian-omega/templates\nlog_dir %s\n' "$D/omega" "$D/omega" > "$D/omega/omega.conf"
    : > "$D/omega/times"
    while read -r q; do
      [ -z "$q" ] && continue
      enc=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$q")
      s=$(date +%s%N)
      OMEGA_CONFIG_FILE="$D/omega/omega.conf" REQUEST_METHOD=GET QUERY_STRING="DB=db&P=$enc" /usr/lib/cgi-bin/omega/omega > /dev/null 2>&1 || true
      echo $(( ($(date +%s%N) - s) / 1000 )) >> "$D/omega/times"
    done < "$Q"
    omega=$(sort -n "$D/omega/times" | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]/1000}')
    # Recoll on the same files, its own multithreaded indexer (Markdown as text).
    rm -rf "$D/recoll"; mkdir -p "$D/recoll"
    printf 'topdirs = %s\nloglevel = 1\n' "$D/corpus" > "$D/recoll/recoll.conf"
    read -r rc_t _ < <(timed recollindex -c "$D/recoll" -z)
    rc_rate=$(awk -v n="$N" -v t="$rc_t" 'BEGIN { printf "%.0f", n / t }')
    if [ -n "${LB_BEFORE:-}" ]; then  # the older binary, same files, same run
      rm -rf "$D/index-before"
      read -r b_t b_peak < <(timed "$LB_BEFORE" index --corpus "$D/corpus" --index "$D/index-before")
      b_rate=$(awk -v n="$N" -v t="$b_t" 'BEGIN { printf "%.0f", n / t }'); b_peak=$(( b_peak / 1024 ))
      b_ratio=$(awk -v a="$(du -sb "$D/index-before" | cut -f1)" -v b="$md" 'BEGIN { printf "%.2f", a / b }')
      bl=${LB_BEFORE_LATENCY:-$(dirname "$LB_BEFORE")/../../bench/search_latency}
      if [ -x "$bl" ]; then
        "$bl" "$D/index-before" "$Q" 20 > "$D/latency-before.txt"
        read -r b_ip50 b_ip99 < <(awk '/RESULT/ {print $3, $5}' "$D/latency-before.txt")
        read -r b_i_one b_i_sev < <(by_type "$D/latency-before.txt")
      fi
      serve "$LB_BEFORE" "$D/index-before"
      read -r _ b_h1 _ < <(wrk_run 1 "/api/search?q="); read -r b_h8 _ _ < <(wrk_run 8 "/api/search?q=")
      read -r _ b_html _ < <(wrk_run 1 "/?q=")
      read -r _ b_h_one _ < <(wrk_run 1 "/api/search?q=" "$W/queries-one-word.txt")
      read -r _ b_h_sev _ < <(wrk_run 1 "/api/search?q=" "$W/queries-several-words.txt")
      kill $SPID; wait $SPID 2>/dev/null || true
    fi
  fi
  rate=$(awk -v n="$N" -v t="$t" 'BEGIN { printf "%.0f", n / t }')
  ratio=$(awk -v a="$isize" -v b="$md" 'BEGIN { printf "%.2f", a / b }')
  echo -e "$N\t$md\t$words\t$t\t$rate\t$(( peak / 1024 ))\t$t2\t$t3\t$isize\t$ratio\t$ip50\t$ip99\t$rp50\t$rp99\t${h1// /\\t}\t${h8// /\\t}\t${h32// /\\t}\t$(echo $html | cut -d' ' -f2-3 | tr ' ' '\t')\t$(echo $sug | cut -d' ' -f2)\t$rss1\t$rss2\t$om_t\t$om_rate\t$omega\t$rc_t\t$rc_rate\t$b_t\t$b_rate\t$b_peak\t$b_h1\t$b_h8\t$b_html\t$b_ip50\t$b_ip99\t$b_ratio\t$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' /)" \
    | sed 's/\\t/\t/g' >> "$RESULTS"
  tail -1 "$RESULTS"
  echo -e "$N\t$i_one\t$i_sev\t$r_one\t$r_sev\t$h_one\t$h_sev\t$b_i_one\t$b_i_sev\t$b_h_one\t$b_h_sev" >> "$BYTYPE"
done

# Federated: 3 x N/3 remote banks against 1 x N local, for the largest size.
N=$(printf '%s\n' "${SIZES[@]}" | sort -n | tail -1)
FED=$W/federated.tsv
echo -e "size\tbanks\tfed_inproc_p50\tfed_inproc_p99\tlocal_inproc_p50\tlocal_inproc_p99\tfed_http1_p50\tload" > "$FED"
echo "== federated: 3 x $(( N / 3 )) remote against 1 x $N local"
read -r _ fp50 fp99 lp50 lp99 fh1 < <(LB_FED_HTTP=$(( 1 - SMOKE )) bench/federated.sh "$LB" "$ROOT/build/bench/search_latency" \
    "$W/$N/corpus" "$W/$N/index" "$W/$N" "$Q" $([ $SMOKE = 1 ] && echo 3 || echo 10) | grep '^RESULT')
echo -e "$N\t3\t$fp50\t$fp99\t$lp50\t$lp99\t$fh1\t$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' /)" >> "$FED"
tail -1 "$FED"

python3 bench/report.py "$RESULTS" > "$W/results.md"
awk -F'\t' 'NR == 1 { print "\n## Federated: three remote banks (xapian-tcpsrv) against one local index\n";
  print "| entries | banks | remote p50 ms | remote p99 ms | local p50 ms | local p99 ms | remote HTTP 1 conn p50 ms | load |";
  print "|---|---|---|---|---|---|---|---|"; next }
  { printf "| %s | %s x %d | %s | %s | %s | %s | %s | %s |\n", $1, $2, int($1 / $2), $3, $4, $5, $6, $7, $8 }' "$FED" >> "$W/results.md"
awk -F'\t' 'NR == 1 { print "\n## By query type: one word against several words (p50 ms; in-process and raw: median of the per-query medians)\n";
  print "| entries | in-process one / several | raw Xapian one / several | HTTP 1 conn one / several | before: in-process one / several | before: HTTP 1 conn one / several |";
  print "|---|---|---|---|---|---|"; next }
  { printf "| %s | %s / %s | %s / %s | %s / %s | %s / %s | %s / %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 }' "$BYTYPE" >> "$W/results.md"
cat "$W/results.md"
if [ $SMOKE = 0 ] && command -v gnuplot >/dev/null; then
  gnuplot -e "results='$RESULTS'; out='$W'" bench/plot.gp && echo "Plots: $W/latency.png $W/indexing.png"
fi
