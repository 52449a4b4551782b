#!/usr/bin/env bash
# Federated search against one local index of the same entries (issue 15 item 3):
# splits a corpus into three parts (hard links), indexes each with the same lessenbank
# binary, serves them with three xapian-tcpsrv on 127.0.0.1 and measures
#   - in-process p50/p99 over the three remote banks (build/bench/search_latency a=tcp://…,b=…,c=…)
#   - in-process p50/p99 over the one local index of all entries
#   - HTTP /api/search p50 at 1 connection through `serve --bank …` (when wrk is installed,
#     unless LB_FED_HTTP=0)
#
#   bench/federated.sh <lessenbank> <search_latency> <corpus> <local-index> <work-dir> <queries> [repetitions]
#
# Prints "RESULT fed_p50 fed_p99 local_p50 local_p99 fed_http1_p50" (milliseconds, "-" when not measured).
# The parts and their indexes stay in <work-dir>/fed and are reused while the corpus is unchanged.
set -euo pipefail
[ $# -ge 6 ] || { sed -n '2,11p' "$0" >&2; exit 2; }
LB=$1 LAT=$2 CORPUS=$3 LOCAL=$4 W=$5 Q=$6 REPS=${7:-10}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
F=$W/fed
mkdir -p "$F"

# The same corpus as last time (file names and sizes): keep the parts and their indexes.
stamp=$(cd "$CORPUS" && find . -type f -printf '%p %s\n' | sort | md5sum | cut -d' ' -f1)
if [ "$(cat "$F/stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$F/part0" "$F/part1" "$F/part2" "$F/index0" "$F/index1" "$F/index2" "$F/stamp"
  # Every third file to each part, keeping the folders (hard links where the file system allows).
  (cd "$CORPUS" && find . -type f | sort) | awk -v f="$F" '{ print f "/part" (NR - 1) % 3 "\t" $0 }' |
    while IFS=$'\t' read -r part file; do
      mkdir -p "$part/$(dirname "$file")"
      ln "$CORPUS/$file" "$part/$file" 2>/dev/null || cp "$CORPUS/$file" "$part/$file"
    done
  for i in 0 1 2; do "$LB" index --corpus "$F/part$i" --index "$F/index$i" > "$F/index$i.log" 2>&1; done
  echo "$stamp" > "$F/stamp"
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
SPEC="" BANKS=()
for i in 0 1 2; do
  port=$(free_port)
  # Its own session: a stopping xapian-tcpsrv signals its whole process group, which would
  # otherwise be this script and its caller.
  setsid xapian-tcpsrv --quiet --interface 127.0.0.1 --port "$port" "$F/index$i" > "$F/tcpsrv$i.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
  name=$(printf "\\x$(printf %x $((97 + i)))")
  SPEC+="${SPEC:+,}$name=tcp://127.0.0.1:$port"
  BANKS+=(--bank "$name=tcp://127.0.0.1:$port")
done

read -r fp50 fp99 < <("$LAT" "$SPEC" "$Q" "$REPS" | tee "$F/latency-fed.out" | awk '/RESULT/ {print $3, $5}')
read -r lp50 lp99 < <("$LAT" "$LOCAL" "$Q" "$REPS" | tee "$F/latency-local.out" | awk '/RESULT/ {print $3, $5}')

h1=-
if [ "${LB_FED_HTTP:-1}" != 0 ] && command -v wrk > /dev/null; then
  # No watcher: nothing may index while the banks are measured.
  printf '<lessenbank>\n  <bewaking seconden="0"/>\n</lessenbank>\n' > "$F/lessenbank.xml"
  "$LB" serve --config "$F/lessenbank.xml" --port 0 --index "$F/index0" --corpus "$F/part0" --geen-index "${BANKS[@]}" \
      > "$F/serve.out" 2>&1 &
  SPID=$!
  PIDS+=($SPID)
  PORT=""
  for _ in $(seq 600); do PORT=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$F/serve.out"); [ -n "$PORT" ] && break; sleep 0.2; done
  if [ -n "$PORT" ]; then
    curl -s "http://127.0.0.1:$PORT/api/search?q=participatie" > /dev/null
    LB_QUERIES=$Q wrk -t 1 -c 1 -d "${LB_WRK_SECONDS:-8}s" --latency -s "$ROOT/bench/wrk_queries.lua" \
        "http://127.0.0.1:$PORT" -- "/api/search?q=" > "$F/wrk.out" 2>&1 || true
    h1=$(awk '$1=="50%" {v=$2; if (v ~ /us$/) print substr(v,1,length(v)-2)/1000; else if (v ~ /ms$/) print substr(v,1,length(v)-2)+0; else if (v ~ /s$/) print substr(v,1,length(v)-1)*1000}' "$F/wrk.out")
    [ -n "$h1" ] || h1=-
  else
    echo "federated server did not start: $(cat "$F/serve.out")" >&2
  fi
fi
echo "RESULT ${fp50:--} ${fp99:--} ${lp50:--} ${lp99:--} $h1"
